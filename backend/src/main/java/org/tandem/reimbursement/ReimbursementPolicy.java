package org.tandem.reimbursement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.Published;
import org.tandem.common.change.Audited;
import org.tandem.common.persistence.TimestampedEntity;
import org.tandem.partnership.Partnership;
import org.tandem.common.problem.ProblemException;

/**
 * What a partnership pays, from a date until its next policy starts: involvement payment rates, mileage, the
 * expenses it accepts, when receipts are needed, how long people have to claim, and the yearly amount of
 * involvement payments above which a person is warned that their benefits may be affected.
 */
@Published
@Entity
@Table(name = "reimbursement_policy")
public class ReimbursementPolicy extends TimestampedEntity implements Audited {
    @Column(name = "partnership_id", nullable = false, updatable = false)
    public UUID partnershipId;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "half_day_rate_pence")
    public Long halfDayRatePence;
    @Column(name = "full_day_rate_pence")
    public Long fullDayRatePence;
    @Column(name = "hourly_rate_pence")
    public Long hourlyRatePence;
    @Column(name = "mileage_rate_pence")
    public Long mileageRatePence;
    @Column(name = "receipt_threshold_pence")
    public long receiptThresholdPence;
    @Column(name = "claim_deadline_days")
    public int claimDeadlineDays;
    @Column(name = "benefits_warning_pence")
    public Long benefitsWarningPence;
    public String notes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reimbursement_policy_category", joinColumns = @JoinColumn(name = "policy_id"))
    @Column(name = "category")
    @Enumerated(EnumType.STRING)
    public Set<ExpenseCategory> allowedCategories = EnumSet.noneOf(ExpenseCategory.class);

    /** The organisation running the partnership, looked up once. */
    @Transient
    private UUID holder;

    @Override
    public String auditType() {
        return "reimbursement-policy";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    /** The organisation running the partnership, which pays under the policy. */
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
        state.put("effectiveFrom", effectiveFrom);
        state.put("halfDayRatePence", halfDayRatePence);
        state.put("fullDayRatePence", fullDayRatePence);
        state.put("hourlyRatePence", hourlyRatePence);
        state.put("mileageRatePence", mileageRatePence);
        state.put("allowedCategories", Set.copyOf(allowedCategories));
        state.put("receiptThresholdPence", receiptThresholdPence);
        state.put("claimDeadlineDays", claimDeadlineDays);
        state.put("benefitsWarningPence", benefitsWarningPence);
        state.put("notes", notes);
        return state;
    }

    /** The policy of the partnership that applies on {@code date}: the latest one starting on or before it. */
    public static Optional<ReimbursementPolicy> inForce(UUID partnershipId, LocalDate date) {
        return find("partnershipId = ?1 and effectiveFrom <= ?2 order by effectiveFrom desc", partnershipId, date)
                .firstResultOptional();
    }

    /** A policy that a claim was made under is evidence for that claim's amounts: it is no longer edited or deleted. */
    public boolean isInUse() {
        return (Boolean) getEntityManager().createNativeQuery("select exists (select 1 from claim where policy_id = ?1)")
                .setParameter(1, id).getSingleResult();
    }

    public boolean allows(ExpenseCategory category) {
        return allowedCategories.contains(category);
    }

    /** The last day on which a claim for a meeting on {@code meetingDate} is on time. */
    public LocalDate deadlineFor(LocalDate meetingDate) {
        return meetingDate.plusDays(claimDeadlineDays);
    }

    /** Receipts are needed for expenses above the threshold; an amount equal to it needs none. */
    public boolean needsReceipt(long amountPence) {
        return amountPence > receiptThresholdPence;
    }

    /** @throws ProblemException 400 on {@code field} when this policy sets no rate for the duration */
    public long rateFor(InvolvementDuration duration, String field) {
        Long rate = switch (duration) {
            case HALF_DAY -> halfDayRatePence;
            case FULL_DAY -> fullDayRatePence;
            case HOURS -> hourlyRatePence;
        };
        if (rate == null) {
            throw ProblemException.invalid(field, "the policy in force sets no " + duration + " rate");
        }
        return rate;
    }

    /** @throws ProblemException 400 on {@code field} when this policy does not pay mileage */
    public long mileageRate(String field) {
        if (mileageRatePence == null || !allows(ExpenseCategory.MILEAGE)) {
            throw ProblemException.invalid(field, "the policy in force does not pay mileage");
        }
        return mileageRatePence;
    }
}
