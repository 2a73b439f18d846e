package org.tandem.activity;

import jakarta.validation.constraints.PositiveOrZero;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many people an activity reached, and from which communities: counts only, never individuals. */
@Schema(name = "Reach", description = "Counts of people reached; never who they were")
public record Reach(
        @PositiveOrZero @Schema(examples = "120", nullable = true) Integer people,
        @PositiveOrZero @Schema(examples = "14", nullable = true) Integer carers,
        @PositiveOrZero @Schema(examples = "22", nullable = true) Integer youngPeople,
        @PositiveOrZero @Schema(examples = "37", nullable = true) Integer ethnicMinorityGroups,
        @PositiveOrZero @Schema(examples = "9", nullable = true) Integer peopleWithDisability) {}
