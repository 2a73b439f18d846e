package org.tandem.meeting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AgendaOrderRequest", description = "Every agenda item of the meeting, once each, in the new order.")
public record AgendaOrderRequest(
        @Schema(description = "The meeting's version (meetingVersion of the agenda you loaded), or send If-Match", examples = "3")
        Long version,
        @NotNull @Size(max = 500) List<@NotNull UUID> itemIds) {}
