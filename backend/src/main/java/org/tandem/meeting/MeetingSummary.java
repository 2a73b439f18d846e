package org.tandem.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.LondonTime;

@Schema(name = "MeetingSummary", description = "A meeting as lists show it: when, where, how and its status.")
public record MeetingSummary(
        UUID id,
        @Schema(nullable = true) UUID partnershipId,
        @Schema(nullable = true) UUID boardId,
        @Schema(examples = "Lewisham People's Partnership") String title,
        @Schema(description = "Europe/London time; midnight of the date while the time is TBC", examples = "2024-07-17T13:45:00+01:00") OffsetDateTime startsAt,
        @Schema(description = "Europe/London time", examples = "2024-07-17T16:00:00+01:00", nullable = true) OffsetDateTime endsAt,
        @Schema(description = "The meeting's date in Europe/London", examples = "2024-07-17") LocalDate date,
        @Schema(description = "false while only the date is known (time TBC)", examples = "true") boolean timeConfirmed,
        MeetingFormat format,
        @Schema(examples = "Lewisham Civic Centre (Committee Room 3)", nullable = true) String venue,
        @Schema(examples = "https://teams.microsoft.com/l/meetup-join/abc", nullable = true) String onlineLink,
        MeetingStatus status,
        @Schema(description = "Notes never attribute comments to named people", examples = "false") boolean chathamHouse,
        @Schema(description = "When its notes were published on the partnership's public page; null while they are not", nullable = true) OffsetDateTime notesPublishedAt,
        @Schema(description = "Send this back when changing the meeting", examples = "0") long version) {

    static MeetingSummary of(Meeting m) {
        return new MeetingSummary(m.id, m.partnershipId, m.boardId, m.title, LondonTime.of(m.startsAt), LondonTime.of(m.endsAt),
                LondonTime.dateOf(m.startsAt), m.timeConfirmed, m.format, m.venue, m.onlineLink, m.status, m.chathamHouse,
                LondonTime.of(m.notesPublishedAt), m.version);
    }
}
