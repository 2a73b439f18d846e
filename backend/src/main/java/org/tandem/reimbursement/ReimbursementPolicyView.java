package org.tandem.reimbursement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.LondonTime;

@Schema(name = "ReimbursementPolicy", description = "What a partnership pays from effectiveFrom until its next policy starts. Amounts in pence (GBP).")
public record ReimbursementPolicyView(
        UUID id,
        UUID partnershipId,
        @Schema(examples = "2024-04-01") LocalDate effectiveFrom,
        @Schema(description = "The day before the next policy starts; null while it is the latest", examples = "2025-03-31", nullable = true) LocalDate effectiveTo,
        @Schema(examples = "7500", nullable = true) Long halfDayRatePence,
        @Schema(examples = "15000", nullable = true) Long fullDayRatePence,
        @Schema(examples = "2000", nullable = true) Long hourlyRatePence,
        @Schema(examples = "45", nullable = true) Long mileageRatePence,
        List<ExpenseCategory> allowedCategories,
        @Schema(examples = "2000") long receiptThresholdPence,
        @Schema(examples = "90") int claimDeadlineDays,
        @Schema(examples = "100000", nullable = true) Long benefitsWarningPence,
        @Schema(examples = "GBP") String currency,
        @Schema(nullable = true) String notes,
        @Schema(description = "True once a claim was made under it: it can then no longer be changed or deleted") boolean inUse,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(examples = "0") long version) {

    static ReimbursementPolicyView of(ReimbursementPolicy p) {
        LocalDate next = ReimbursementPolicy.<ReimbursementPolicy>find(
                        "partnershipId = ?1 and effectiveFrom > ?2 order by effectiveFrom", p.partnershipId, p.effectiveFrom)
                .firstResultOptional().map(n -> n.effectiveFrom.minusDays(1)).orElse(null);
        return new ReimbursementPolicyView(p.id, p.partnershipId, p.effectiveFrom, next, p.halfDayRatePence,
                p.fullDayRatePence, p.hourlyRatePence, p.mileageRatePence, p.allowedCategories.stream().sorted().toList(),
                p.receiptThresholdPence, p.claimDeadlineDays, p.benefitsWarningPence, Money.CURRENCY, p.notes, p.isInUse(),
                LondonTime.of(p.createdAt), LondonTime.of(p.updatedAt), p.version);
    }
}
