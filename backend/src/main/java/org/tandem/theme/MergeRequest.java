package org.tandem.theme;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ThemeMergeRequest")
public record MergeRequest(
        @NotNull @Schema(description = "The theme that receives every tag, link and child") UUID targetId,
        @Schema(description = "The version of the theme being merged away; required unless sent as If-Match", examples = "0")
        Long version) {}
