package org.tandem.claim;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimantYear", description = """
        What a person was paid in a financial year (by the date paid), in pence. The benefits warning compares the
        involvement payments (income for benefit purposes; expenses repaid are not) with the lowest benefits warning
        amount among the policies of the claims paid to them that year.""")
public record ClaimantYearView(
        UUID personId,
        @Schema(examples = "Anne Hooper") String displayName,
        @Schema(examples = "2024-25") String financialYear,
        @Schema(examples = "3") long paidClaims,
        @Schema(examples = "31194") long paidPence,
        @Schema(examples = "30000") long involvementPaidPence,
        @Schema(examples = "1194") long expensesPaidPence,
        @Schema(description = "The amount of involvement payments above which the warning shows; null when no policy sets one", examples = "100000", nullable = true) Long benefitsWarningPence,
        @Schema(description = "True when the involvement payments are above that amount") boolean benefitsWarning,
        @Schema(examples = "GBP") String currency) {}
