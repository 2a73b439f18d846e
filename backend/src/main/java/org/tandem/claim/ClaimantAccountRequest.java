package org.tandem.claim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimantAccountRequest")
public record ClaimantAccountRequest(
        @NotBlank @Size(max = 255) @Schema(description = "The person's sign-in: the userSubject they see at GET /api/v1/claimants/me",
                examples = "f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d") String userSubject) {}
