package org.tandem.theme;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThemeRetireRequest")
public record RetireRequest(@NotNull @Schema(description = "The version you loaded", examples = "0") Long version) {}
