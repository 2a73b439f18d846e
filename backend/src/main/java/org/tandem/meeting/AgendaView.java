package org.tandem.meeting;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Agenda", description = "A meeting's agenda in order, with the meeting version that a reorder must send.")
public record AgendaView(
        @Schema(description = "The meeting's version: send it back when reordering", examples = "3") long meetingVersion,
        List<AgendaItemView> items) {

    static AgendaView of(Meeting meeting, Redaction redaction) {
        return new AgendaView(meeting.version, meeting.agendaItems.stream().map(i -> AgendaItemView.of(i, redaction)).toList());
    }
}
