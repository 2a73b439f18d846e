package org.tandem.budget;

import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON export's shape, for the contract: it is written as a stream, the totals after the claims. */
@Schema(name = "FinanceExport", description = "Approved claims ready for payment, and their totals in pence, which add up to the lines.")
public record FinanceExport(
        OffsetDateTime generatedAt,
        @Schema(examples = "GBP") String currency,
        List<ExportLine> claims,
        @Schema(examples = "2") long claimCount,
        @Schema(examples = "15000") long involvementPence,
        @Schema(examples = "1194") long expensesPence,
        @Schema(examples = "16194") long totalPence) {}
