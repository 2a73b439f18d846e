package org.tandem.claim;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimSummary", description = "A claim as lists show it.")
public record ClaimSummary(
        UUID id,
        @Schema(description = "Quote it to finance", examples = "C000042") String reference,
        ClaimStatus status,
        UUID claimantPersonId,
        @Schema(examples = "Anne Hooper") String claimantName,
        ClaimMeeting meeting,
        ClaimTotals totals,
        @Schema(description = "The last day to submit it on time", examples = "2024-10-15") LocalDate deadline,
        @Schema(description = "Submitted after its deadline, or a draft already past it") boolean late,
        @Schema(nullable = true) OffsetDateTime submittedAt,
        @Schema(nullable = true) OffsetDateTime decidedAt,
        @Schema(nullable = true) LocalDate paidOn,
        @Schema(examples = "0") long version) {}
