package org.tandem.activity;

import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many people an activity reached, and from which communities: counts only, never individuals. */
@Schema(name = "Reach", description = "Counts of people reached; never who they were")
public record Reach(
        @PositiveOrZero @Schema(examples = "120") Integer people,
        @PositiveOrZero @Schema(examples = "14") Integer carers,
        @PositiveOrZero @Schema(examples = "22") Integer youngPeople,
        @PositiveOrZero @Schema(examples = "37") Integer ethnicMinorityGroups,
        @PositiveOrZero @Schema(examples = "9") Integer peopleWithDisability) {}
