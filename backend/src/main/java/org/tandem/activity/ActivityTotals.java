package org.tandem.activity;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many activities a period held and how many people they reached: sums of counts, never individuals. */
@Schema(name = "ActivityTotals", description = "Activities held in a period (of the partnerships you can see, or one of them) and "
        + "the people they reached, summed per category")
public record ActivityTotals(
        @Schema(description = "First day counted; null: from the first activity", nullable = true) LocalDate from,
        @Schema(description = "Last day counted; null: up to the latest activity", nullable = true) LocalDate to,
        @Schema(nullable = true) UUID partnershipId,
        @Schema(description = "Activities held in the period", examples = "12") long activities,
        @Schema(description = "Of those, how many recorded how many people they reached", examples = "10") long activitiesWithReach,
        ReachTotals reach) {

    @Schema(name = "ReachTotals", description = "Reach summed over the activities; an activity that recorded no figure adds nothing")
    public record ReachTotals(
            @Schema(description = "Total reach: people reached by all the activities", examples = "1240") long people,
            @Schema(examples = "84") long carers,
            @Schema(examples = "131") long youngPeople,
            @Schema(examples = "377") long ethnicMinorityGroups,
            @Schema(examples = "59") long peopleWithDisability) {}
}
