package org.tandem.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.LondonTime;

@Schema(name = "MeetingRef", description = "The meeting an action came from.")
public record MeetingRef(
        UUID id,
        @Schema(examples = "Lewisham People's Partnership") String title,
        @Schema(description = "Europe/London time", examples = "2024-07-17T13:45:00+01:00") OffsetDateTime startsAt,
        @Schema(description = "The meeting's date in Europe/London", examples = "2024-07-17") LocalDate date,
        @Schema(description = "false while the time is TBC", examples = "true") boolean timeConfirmed,
        @Schema(nullable = true) UUID partnershipId,
        @Schema(nullable = true) UUID boardId) {

    static MeetingRef of(Meeting meeting) {
        return new MeetingRef(meeting.id, meeting.title, LondonTime.of(meeting.startsAt), LondonTime.dateOf(meeting.startsAt),
                meeting.timeConfirmed, meeting.partnershipId, meeting.boardId);
    }
}
