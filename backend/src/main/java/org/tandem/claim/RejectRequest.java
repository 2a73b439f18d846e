package org.tandem.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RejectClaimRequest")
public record RejectRequest(
        @Schema(description = "The version you loaded (or send If-Match)", examples = "3") Long version,
        @NotBlank @Size(max = 2000) @Schema(description = "Told to the claimant", examples = "The parking receipt is for another date.") String reason) {}
