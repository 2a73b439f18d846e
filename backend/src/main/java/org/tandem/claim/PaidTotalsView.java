package org.tandem.claim;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PaidTotals", description = """
        What was paid in a financial year (by the date paid), in pence: per person and per category of claim line, each
        listing every category (zero where nothing was paid), and the totals of each category.""")
public record PaidTotalsView(
        @Schema(examples = "2024-25") String financialYear,
        @Schema(description = "Everyone paid in the year, by name") List<Person> people,
        @Schema(description = "What was paid in each category, to everyone") List<Amount> categories,
        @Schema(examples = "31194") long paidPence,
        @Schema(examples = "GBP") String currency) {

    @Schema(name = "PaidTotalsPerson")
    public record Person(
            UUID personId,
            @Schema(examples = "Anne Hooper") String displayName,
            List<Amount> categories,
            @Schema(examples = "8694") long paidPence) {}

    @Schema(name = "PaidTotalsAmount")
    public record Amount(
            @Schema(examples = "INVOLVEMENT_PAYMENT") ClaimCategory category,
            @Schema(examples = "7500") long paidPence) {}
}
