package org.tandem.theme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThemeRequest", description = "Create or update a node of your organisation's theme tree. "
        + "A FOCUS_AREA has no parent; an AMBITION's parent is a FOCUS_AREA; a THEME's parent is an AMBITION, a FOCUS_AREA or none.")
public record ThemeRequest(
        @NotNull ThemeKind kind,
        @NotBlank @Size(max = 200) @Schema(examples = "Access to primary care") String name,
        @Size(max = 4000) String description,
        UUID parentId,
        @Schema(description = "Required when updating: the version you loaded", examples = "0") Long version) {}
