package org.tandem.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Transient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tandem.common.change.Audited;
import org.tandem.common.persistence.TimestampedEntity;
import org.tandem.partnership.Partnership;

/** The money allocated to a partnership's reimbursements for one financial year. What was spent is computed. */
@Entity
public class Budget extends TimestampedEntity implements Audited {
    @Column(name = "partnership_id", nullable = false, updatable = false)
    public UUID partnershipId;

    @Column(name = "financial_year", nullable = false, updatable = false)
    public String financialYear;

    @Column(name = "allocated_pence")
    public long allocatedPence;

    public String notes;

    /** The organisation running the partnership, looked up once. */
    @Transient
    private UUID holder;

    @Override
    public String auditType() {
        return "budget";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    /** The organisation running the partnership, whose money it is. */
    @Override
    public UUID auditOrganisationId() {
        if (holder == null) {
            holder = Partnership.<Partnership>findById(partnershipId).ownerOrganisationId;
        }
        return holder;
    }

    @Override
    public AuditRef auditBody() {
        return new AuditRef("partnership", partnershipId);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("partnershipId", partnershipId);
        state.put("financialYear", financialYear);
        state.put("allocatedPence", allocatedPence);
        state.put("notes", notes);
        return state;
    }

    public FinancialYear year() {
        return FinancialYear.parse(financialYear, "financialYear");
    }

    /** The budget, locked until the transaction ends so that approvals against it are checked one at a time. */
    static Optional<Budget> lockedFor(UUID partnershipId, FinancialYear year) {
        return find("partnershipId = ?1 and financialYear = ?2", partnershipId, year.label())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
