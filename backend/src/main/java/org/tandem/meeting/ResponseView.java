package org.tandem.meeting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.LondonTime;

@Schema(name = "MeetingResponse", description = "A member's answer before the meeting: attending or apologies. "
        + "Readers who read no names (analysts, partners) get the person's id only.")
public record ResponseView(
        UUID personId,
        @Schema(examples = "Sam Wilson", nullable = true) String name,
        MeetingResponseKind response,
        @Schema(description = "When they last answered, Europe/London") OffsetDateTime respondedAt) {

    static ResponseView of(MeetingResponse response, Redaction redaction) {
        return new ResponseView(response.personId, redaction.nameOf(response.personId), response.response,
                LondonTime.of(response.respondedAt));
    }

    static List<ResponseView> of(Meeting meeting, Redaction redaction) {
        return meeting.responses.stream().map(r -> of(r, redaction)).toList();
    }
}
