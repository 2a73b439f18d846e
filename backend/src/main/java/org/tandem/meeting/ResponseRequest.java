package org.tandem.meeting;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MeetingResponseRequest")
public record ResponseRequest(
        @NotNull @Schema(description = "ATTENDING or APOLOGIES", examples = "ATTENDING") MeetingResponseKind response) {}
