package org.tandem.meeting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "VersionRequest", description = "A change of state that carries nothing but the version it was based on.")
public record VersionRequest(
        @Schema(description = "The version you loaded (or send If-Match)", examples = "2") Long version) {}
