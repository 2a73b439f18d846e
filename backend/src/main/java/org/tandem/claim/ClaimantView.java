package org.tandem.claim;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Claimant", description = "Your sign-in and the person it is linked to, which you claim as.")
public record ClaimantView(
        @Schema(description = "Your sign-in's stable id: give it to staff to link you to your record", examples = "f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d") String userSubject,
        @Schema(description = "True when staff linked your sign-in to a person, so you can claim") boolean linked,
        @Schema(nullable = true) UUID personId,
        @Schema(examples = "Anne Hooper", nullable = true) String displayName) {}
