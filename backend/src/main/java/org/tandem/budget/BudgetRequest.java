package org.tandem.budget;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BudgetRequest", description = "Set the money allocated to a partnership's reimbursements for a financial year.")
public record BudgetRequest(
        @NotNull @Schema(description = "A partnership your organisation runs; fixed once created") UUID partnershipId,
        @NotNull @Pattern(regexp = FinancialYear.PATTERN, message = "must be a financial year such as 2024-25")
        @Size(max = 7) @Schema(description = "1 April to 31 March; fixed once created", examples = "2024-25") String financialYear,
        @NotNull @Min(0) @Max(100_000_000_000L) @Schema(description = "Pence allocated", examples = "500000") Long allocatedPence,
        @Size(max = 4000) @Schema(examples = "Agreed by the Lewisham Health and Care Partnership for involvement payments and expenses.") String notes,
        @Schema(description = "Required when updating: the version you loaded", examples = "0") Long version) {}
