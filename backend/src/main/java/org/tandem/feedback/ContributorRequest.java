package org.tandem.feedback;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FeedbackContributorRequest", description = "Who gave a feedback item: a person of your directory, or an email "
        + "address given with consent to be contacted. Neither clears it.")
public record ContributorRequest(
        @Schema(description = "A person of your organisation's directory") UUID personId,
        @Email @Size(max = 320) @Schema(examples = "sam.resident@example.org") String email,
        @Schema(description = "They agreed to be contacted about what happens next (required with email)",
                examples = "true") Boolean consent,
        @Schema(description = "The feedback's version you loaded (or send If-Match)", examples = "0") Long version) {

    Contributor contributor() {
        return new Contributor(personId, email, consent, "personId", "email", "consent");
    }
}
