package org.tandem.meeting;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicNamingRequest", description = """
        Name someone on the register on the public page, in a role, with their consent. Only with consent: consentGiven
        must be true, and how it was given is recorded with who recorded it and when.""")
public record PublicNamingRequest(
        @NotBlank @Size(max = 300) @Schema(description = "The role the public page names them in",
                examples = "Presenter for New Possibilities") String role,
        @NotNull @AssertTrue(message = "must be true: people are named publicly only with their consent")
        @Schema(description = "They agreed to be named publicly in this role") Boolean consentGiven,
        @NotNull @Schema(description = "How they gave their consent") PublicConsentMethod consentMethod,
        @NotNull @Schema(description = "The entry's version you loaded", examples = "0") Long version) {}
