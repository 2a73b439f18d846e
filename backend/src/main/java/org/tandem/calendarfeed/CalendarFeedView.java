package org.tandem.calendarfeed;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.LondonTime;

@Schema(name = "CalendarFeed", description = "One of your calendar subscriptions to the meetings of a partnership or board")
public record CalendarFeedView(
        UUID id,
        @Schema(nullable = true) UUID partnershipId,
        @Schema(nullable = true) UUID boardId,
        @Schema(description = "The name of the partnership or board; null when your organisation can no longer see it",
                nullable = true, examples = "Lewisham People's Partnership", maxLength = 200)
        String bodyName,
        @Schema(description = "The feed's address for calendar programs (no sign-in: anyone with it sees these meetings "
                + "as you may): only in the answer that made the feed, never shown again; null otherwise", nullable = true,
                examples = "https://tandem.example.org/api/v1/calendar-feeds/3q2-7wE9nZbXc1VtLkQpR0sYhJm4uF6aG8dK5oN2iT0.ics",
                maxLength = 2100) String url,
        @Schema(description = "The same address with the webcal: scheme, which opens a calendar program to subscribe; "
                + "only in the answer that made the feed", nullable = true,
                examples = "webcal://tandem.example.org/api/v1/calendar-feeds/3q2-7wE9nZbXc1VtLkQpR0sYhJm4uF6aG8dK5oN2iT0.ics",
                maxLength = 2100) String webcalUrl,
        OffsetDateTime createdAt,
        @Schema(examples = "0") long version) {

    static CalendarFeedView of(CalendarFeed feed, String bodyName) {
        return new CalendarFeedView(feed.id, feed.partnershipId, feed.boardId, bodyName, null, null,
                LondonTime.of(feed.createdAt), feed.version);
    }

    CalendarFeedView withAddress(String url) {
        return new CalendarFeedView(id, partnershipId, boardId, bodyName, url, url.replaceFirst("^https?://", "webcal://"),
                createdAt, version);
    }
}
