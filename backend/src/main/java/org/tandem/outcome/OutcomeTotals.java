package org.tandem.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutcomeTotals", description = "Outcomes recorded in a period (of the partnerships you can see, or one of them), "
        + "by where they stand now")
public record OutcomeTotals(
        @Schema(description = "First day counted (recorded on, Europe/London); null: from the first outcome", nullable = true) LocalDate from,
        @Schema(description = "Last day counted (recorded on, Europe/London); null: up to the latest outcome", nullable = true) LocalDate to,
        @Schema(nullable = true) UUID partnershipId,
        @Schema(examples = "23") long total,
        @Schema(description = "Of those, how many are published on the public page", examples = "9") long published,
        @Schema(description = "Every status, in the order of OutcomeStatus, with 0 where none") List<StatusCount> byStatus) {

    @Schema(name = "OutcomeStatusCount")
    public record StatusCount(OutcomeStatus status, long count) {}
}
