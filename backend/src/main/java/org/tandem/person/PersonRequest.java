package org.tandem.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PersonRequest", description = "Someone who takes part. Your organisation holds their record.")
public record PersonRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Anne Hooper") String displayName,
        @Size(max = 300) @Schema(description = "Who they are with, as they describe it", examples = "South Lewisham Patient Participation Group") String affiliation,
        @Email @Size(max = 320) @Schema(examples = "anne.hooper@example.org") String email,
        @Size(max = 30) @Pattern(regexp = "^[+0-9 ()-]{6,30}$", message = "must be a phone number of digits, spaces, +, - or brackets") @Schema(examples = "020 7946 0000") String phone,
        @Size(max = 2000) @Schema(examples = "Step-free access; papers in large print") String accessibilityNeeds,
        @Schema(description = "They agreed to be contacted about involvement opportunities") Boolean consentToContact,
        @Schema(description = "Required when updating: the version you loaded") Long version) {}
