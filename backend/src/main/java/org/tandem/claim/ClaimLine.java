package org.tandem.claim;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.change.Audited;
import org.tandem.common.persistence.VersionedEntity;
import org.tandem.reimbursement.InvolvementDuration;

/**
 * One thing claimed. Its amount is computed by the server when the line is written (from the claim's policy for
 * involvement payments and mileage) and kept with the rate used, so the claim shows how it was worked out.
 */
@Entity
@Table(name = "claim_line")
public class ClaimLine extends VersionedEntity implements Audited {
    /** The claimant's own words about what they spent and why; category, amounts and rates are not personal. */
    private static final Set<String> PERSONAL = Set.of("description", "reason");

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id", nullable = false, updatable = false)
    public Claim claim;

    public int position;

    @Enumerated(EnumType.STRING)
    public ClaimCategory category;

    public String description;
    /** Why a taxi was needed. */
    public String reason;

    @Enumerated(EnumType.STRING)
    public InvolvementDuration duration;

    /** Miles for mileage; hours for an hourly involvement payment. */
    public BigDecimal quantity;

    @Column(name = "unit_rate_pence")
    public Long unitRatePence;

    @Column(name = "amount_pence")
    public long amountPence;

    @OneToMany(mappedBy = "line", cascade = CascadeType.REMOVE)
    @OrderBy("uploadedAt, id")
    public List<ClaimReceipt> receipts = new ArrayList<>();

    @Override
    public String auditType() {
        return "claim-line";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    @Override
    public AuditRef auditParent() {
        return new AuditRef("claim", claim.id);
    }

    @Override
    public UUID auditOrganisationId() {
        return claim.organisationId;
    }

    @Override
    public AuditRef auditBody() {
        return claim.auditBody();
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("claimId", claim.id);
        state.put("position", position);
        state.put("category", category);
        state.put("description", description);
        state.put("reason", reason);
        state.put("duration", duration);
        // 12.3 and 12.30 are the same miles: the scale the value came with is no change.
        state.put("quantity", quantity == null ? null : quantity.stripTrailingZeros().toPlainString());
        state.put("unitRatePence", unitRatePence);
        state.put("amountPence", amountPence);
        return state;
    }

    @Override
    public Set<String> personalFields() {
        return PERSONAL;
    }

    @Override
    public UUID personalDataSubject() {
        return claim.claimantPersonId;
    }

    public boolean isInvolvementPayment() {
        return category == ClaimCategory.INVOLVEMENT_PAYMENT;
    }
}
