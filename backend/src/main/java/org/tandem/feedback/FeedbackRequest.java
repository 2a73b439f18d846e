package org.tandem.feedback;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedbackRequest", description = "One thing people said. Your organisation is recorded as its source.")
public record FeedbackRequest(
        @NotNull @Schema(description = "A partnership your organisation owns or takes part in") UUID partnershipId,
        @Schema(description = "The engagement activity it came from, of the same partnership") UUID activityId,
        @NotBlank @Size(max = 10000) @Schema(examples = "It takes three weeks to get a GP appointment and nobody explains why.") String text,
        @NotNull @Schema(examples = "2024-07-17") LocalDate receivedOn,
        @Size(max = 200) @Schema(examples = "Lewisham North") String area,
        @Schema(description = "The registered organisation it came from, e.g. a Healthwatch passing on what residents said "
                + "(or give originOrganisationName, not both)") UUID originOrganisationId,
        @Size(max = 300) @Schema(description = "Or the name of the organisation it came from, when it is not registered",
                examples = "Healthwatch Central West London") String originOrganisationName,
        @Size(max = 20) @Schema(description = "Themes of the partnership owner's tree (see GET /api/v1/themes?partnershipId=)")
        Set<@NotNull UUID> themeIds,
        @Schema(description = "Who said it, if known: a person of your organisation's directory") UUID contributorPersonId,
        @Email @Size(max = 320) @Schema(description = "Or just their email address: kept only with contributorConsent true",
                examples = "sam.resident@example.org") String contributorEmail,
        @Schema(description = "They agreed to be contacted about what happens next (required with contributorEmail)", examples = "true")
        Boolean contributorConsent) {

    Contributor contributor() {
        return new Contributor(contributorPersonId, contributorEmail, contributorConsent,
                "contributorPersonId", "contributorEmail", "contributorConsent");
    }
}
