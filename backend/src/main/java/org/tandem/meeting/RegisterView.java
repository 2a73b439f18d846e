package org.tandem.meeting;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Register", description = "A meeting's register in the order people were added, with counts.")
public record RegisterView(List<AttendanceView> entries, AttendanceCounts counts,
        @Schema(description = "Members' answers before the meeting: attending or apologies") List<ResponseView> responses) {

    static RegisterView of(Meeting meeting, Redaction redaction) {
        return new RegisterView(meeting.attendance.stream().map(a -> AttendanceView.of(a, redaction)).toList(),
                AttendanceCounts.of(meeting), ResponseView.of(meeting, redaction));
    }
}
