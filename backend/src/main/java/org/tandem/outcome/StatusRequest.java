package org.tandem.outcome;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OutcomeStatusRequest")
public record StatusRequest(
        @NotNull OutcomeStatus status,
        @Size(max = 4000) @Schema(description = "Required for NOT_POSSIBLE: why it could not be done") String reason,
        @Schema(description = "The version you loaded; required unless sent as If-Match", examples = "0") Long version) {}
