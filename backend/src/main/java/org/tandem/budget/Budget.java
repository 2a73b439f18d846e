package org.tandem.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.tandem.common.persistence.TimestampedEntity;

/** The money allocated to a partnership's reimbursements for one financial year. What was spent is computed. */
@Entity
public class Budget extends TimestampedEntity {
    @Column(name = "partnership_id", nullable = false, updatable = false)
    public UUID partnershipId;

    @Column(name = "financial_year", nullable = false, updatable = false)
    public String financialYear;

    @Column(name = "allocated_pence")
    public long allocatedPence;

    public String notes;

    public FinancialYear year() {
        return FinancialYear.parse(financialYear, "financialYear");
    }

    /** The budget, locked until the transaction ends so that approvals against it are checked one at a time. */
    static Optional<Budget> lockedFor(UUID partnershipId, FinancialYear year) {
        return find("partnershipId = ?1 and financialYear = ?2", partnershipId, year.label())
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }
}
