package org.tandem.calendarfeed;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CalendarFeedRequest", description = "The partnership or the board whose meetings to subscribe to: exactly one of the two")
public record CalendarFeedRequest(
        @Schema(nullable = true, examples = "5f0c2a1e-8f3b-4c55-9d1a-0b6e7c2d4a11") UUID partnershipId,
        @Schema(nullable = true) UUID boardId) {}
