package org.tandem.claim;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubmitClaimRequest")
public record SubmitRequest(
        @Schema(description = "The version you loaded (or send If-Match)", examples = "2") Long version,
        @Size(max = 2000) @Schema(description = "Only for a claim past its deadline, and only staff or admins: why it is accepted late",
                examples = "The claimant was in hospital after the meeting.") String lateReason) {}
