package org.tandem.claim;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BulkPaid", description = "The claims marked paid by one payment run, with its total in pence.")
public record BulkPaidView(
        @Schema(examples = "2024-08-30") LocalDate paidOn,
        @Schema(examples = "BACS-2024-08-30") String reference,
        List<ClaimSummary> claims,
        @Schema(examples = "2") int claimCount,
        @Schema(examples = "16194") long totalPence,
        @Schema(examples = "GBP") String currency) {}
