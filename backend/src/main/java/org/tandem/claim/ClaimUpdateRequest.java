package org.tandem.claim;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimUpdateRequest", description = "Change a draft's notes or whether it declines the involvement payment. Lines change on their own.")
public record ClaimUpdateRequest(
        @Schema(examples = "true") Boolean declineInvolvementPayment,
        @Size(max = 4000) String notes,
        @Schema(description = "The version you loaded (or send If-Match)", examples = "2") Long version) {}
