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
            @Schema(nullable = true) OffsetDateTime publishedAt) {}
}
