package org.tandem.reimbursement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReimbursementPolicyRequest", description = """
        Create or correct a reimbursement policy. Amounts are integer pence. A rate left out means that kind of
        involvement payment is not offered. To change rates, add a policy with a later effectiveFrom: claims keep the
        policy they were made under, and a policy that a claim uses can no longer be changed.""")
public record ReimbursementPolicyRequest(
        @NotNull @Schema(description = "The partnership it applies to (run by your organisation); fixed once created") UUID partnershipId,
        @NotNull @Schema(description = "It applies to meetings on or after this date, until the next policy starts", examples = "2024-04-01") LocalDate effectiveFrom,
        @Min(0) @Max(1_000_000) @Schema(description = "Pence for a half day", examples = "7500") Long halfDayRatePence,
        @Min(0) @Max(1_000_000) @Schema(description = "Pence for a full day", examples = "15000") Long fullDayRatePence,
        @Min(0) @Max(1_000_000) @Schema(description = "Pence per hour", examples = "2000") Long hourlyRatePence,
        @Min(0) @Max(10_000) @Schema(description = "Pence per mile; required when MILEAGE is allowed", examples = "45") Long mileageRatePence,
        @NotNull @Size(max = 7) @Schema(description = "Expenses that may be claimed", examples = "[\"PUBLIC_TRANSPORT\", \"MILEAGE\", \"TAXI\", \"CARER_COVER\"]") Set<@NotNull ExpenseCategory> allowedCategories,
        @NotNull @Min(0) @Max(1_000_000) @Schema(description = "Expenses above this many pence need a receipt", examples = "2000") Long receiptThresholdPence,
        @NotNull @Min(1) @Max(3650) @Schema(description = "Days after the meeting by which claims are due", examples = "90") Integer claimDeadlineDays,
        @Min(1) @Max(100_000_000) @Schema(description = "Involvement payments a person may receive in a financial year before a benefits warning is shown (pence)", examples = "100000") Long benefitsWarningPence,
        @Size(max = 4000) @Schema(examples = "Agreed by the partnership on 17 July 2024, following NHS England's involvement payments policy.") String notes,
        @Schema(description = "Required when updating: the version you loaded", examples = "0") Long version) {}
