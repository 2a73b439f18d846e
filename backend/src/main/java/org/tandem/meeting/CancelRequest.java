package org.tandem.meeting;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancelMeetingRequest")
public record CancelRequest(
        @Schema(description = "The version you loaded (or send If-Match)", examples = "2") Long version,
        @Size(max = 2000) @Schema(examples = "Not enough members could attend") String reason) {}
