package org.tandem.publicview;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.outcome.OutcomeStatus;

/** A partnership's published "you said, we did", as anyone may read it: no people, no feedback text, no staff names. */
@Schema(name = "PublicOutcomes")
public record PublicOutcomes(UUID partnershipId, String partnershipName, List<Item> outcomes) {

    @Schema(name = "PublicOutcome")
    public record Item(UUID id,
            @Schema(description = "You said") String youSaid,
            @Schema(description = "We did", nullable = true) String weDid,
            OutcomeStatus status,
            @Schema(description = "Why, when it was not possible", nullable = true) String statusReason,
            List<String> themes,
            @Schema(description = "The organisation or board responsible", nullable = true) String responsible,
            @Schema(description = "How many pieces of feedback it answers") int feedbackCount,
            @Schema(nullable = true) LocalDate dueOn,
            @Schema(nullable = true) LocalDate completedOn,
            @Schema(nullable = true) OffsetDateTime publishedAt,
            @Schema(description = "Where it came from") Origin origin) {}

    @Schema(name = "PublicOutcomeOrigin", description = "Where a published outcome came from, as anyone may read it: the "
            + "meeting whose decision made it (only when that meeting's notes are published) and the titles of the engagement "
            + "activities its feedback came from. Never the feedback itself, nor who gave it or recorded it.")
    public record Origin(
            @Schema(nullable = true, description = "The meeting whose decision made it; absent unless its notes are published")
            Meeting meeting,
            @Schema(description = "The engagement activities its feedback came from", examples = "[\"Primary care access workshop\"]")
            List<String> activities) {}

    @Schema(name = "PublicOutcomeMeeting")
    public record Meeting(UUID id, @Schema(examples = "Lewisham People's Partnership") String title,
            @Schema(description = "Its date in Europe/London", examples = "2024-07-17") LocalDate date) {}
}
