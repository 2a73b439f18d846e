package org.tandem.theme;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThemeRetireRequest")
public record RetireRequest(
        @Schema(description = "The version you loaded; required unless sent as If-Match", examples = "0") Long version) {}
