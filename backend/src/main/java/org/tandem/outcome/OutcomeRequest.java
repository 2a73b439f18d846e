package org.tandem.outcome;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutcomeRequest", description = "Create or update a \"you said, we did\" of a partnership your organisation owns. "
        + "The status changes through POST /api/v1/outcomes/{id}/status, so its history is kept.")
public record OutcomeRequest(
        @NotNull UUID partnershipId,
        @NotBlank @Size(max = 4000) @Schema(description = "You said: a summary of what people told us",
                examples = "It is hard to get a GP appointment and nobody explains the options.") String youSaid,
        @Size(max = 4000) @Schema(description = "We did: what changed or was decided",
                examples = "The practice now explains online, phone and walk-in options on every letter.") String weDid,
        @Size(max = 50) Set<@NotNull UUID> themeIds,
        @Size(max = 500) @Schema(description = "Feedback of the same partnership behind it") Set<@NotNull UUID> feedbackIds,
        @Schema(description = "The meeting decision that made it") UUID decisionId,
        @Schema(description = "The registered organisation responsible (or name one, or give a board)") UUID responsibleOrganisationId,
        @Size(max = 300) @Schema(description = "Or the name of the organisation responsible, when it is not registered",
                examples = "Central London Community Healthcare") String responsibleOrganisationName,
        @Schema(description = "The board responsible (or give an organisation)") UUID responsibleBoardId,
        LocalDate dueOn,
        LocalDate completedOn,
        @Schema(description = "true: shown on the partnership's public \"you said, we did\" page") Boolean published,
        @Schema(description = "Required when updating: the version you loaded", examples = "0") Long version) {}
