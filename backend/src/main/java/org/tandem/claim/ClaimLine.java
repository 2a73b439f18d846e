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
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.tandem.common.persistence.VersionedEntity;
import org.tandem.reimbursement.InvolvementDuration;

/**
 * One thing claimed. Its amount is computed by the server when the line is written (from the claim's policy for
 * involvement payments and mileage) and kept with the rate used, so the claim shows how it was worked out.
 */
@Entity
@Table(name = "claim_line")
public class ClaimLine extends VersionedEntity {
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
    @BatchSize(size = 50)
    public List<ClaimReceipt> receipts = new ArrayList<>();

    public boolean isInvolvementPayment() {
        return category == ClaimCategory.INVOLVEMENT_PAYMENT;
    }
}
