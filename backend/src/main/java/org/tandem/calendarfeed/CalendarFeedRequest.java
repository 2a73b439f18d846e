package org.tandem.calendarfeed;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarFeedRequest", description = "The partnership or the board whose meetings to subscribe to: exactly one of the two")
public record CalendarFeedRequest(
        @Schema(nullable = true) UUID partnershipId,
        @Schema(nullable = true) UUID boardId) {}
