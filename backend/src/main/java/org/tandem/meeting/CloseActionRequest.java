package org.tandem.meeting;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CloseActionRequest")
public record CloseActionRequest(
        @NotNull @Schema(description = "DONE or DROPPED", examples = "DONE") ActionStatus status,
        @Schema(description = "The version you loaded (or send If-Match)", examples = "0") Long version) {}
