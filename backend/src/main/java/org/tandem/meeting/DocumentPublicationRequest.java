package org.tandem.meeting;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DocumentPublicationRequest", description = "Whether the document appears with the meeting's published notes.")
public record DocumentPublicationRequest(
        @NotNull @Schema(description = "True: anyone may see it with the published notes; false: only readers of the meeting")
        Boolean shownPublicly) {}
