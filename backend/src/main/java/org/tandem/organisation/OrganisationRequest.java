package org.tandem.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.WebLink;

@Schema(name = "OrganisationRequest")
public record OrganisationRequest(
        @NotBlank @Size(max = 63) @Pattern(regexp = "^[a-z0-9][a-z0-9-]{1,62}$", message = "must be 2-63 lower-case letters, digits or hyphens")
        @Schema(examples = "healthwatch-lewisham") String code,
        @NotBlank @Size(max = 200) @Schema(examples = "Healthwatch Lewisham") String name,
        @NotNull OrganisationKind kind,
        @WebLink @Size(max = 500) @Schema(examples = "https://www.healthwatchlewisham.co.uk") String website,
        @Schema(description = "Required when updating: the version you loaded", examples = "0") Long version) {}
