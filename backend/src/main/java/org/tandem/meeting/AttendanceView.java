package org.tandem.meeting;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Attendance", description = "One entry of the register. Analysts and partners get no name and no recorded role.")
public record AttendanceView(
        UUID id,
        @Schema(nullable = true) UUID personId,
        @Schema(examples = "Sue Boland", nullable = true) String name,
        @Schema(examples = "Head of Services for SEL Mind", nullable = true) String roleAsRecorded,
        AttendanceStatus status,
        @Schema(nullable = true) AttendanceMode mode,
        @Schema(description = "Send this back when updating the entry", examples = "0") long version) {

    static AttendanceView of(Attendance entry, Redaction redaction) {
        return new AttendanceView(entry.id, entry.personId, redaction.nameOf(entry.personId),
                redaction.aboutPerson(entry.roleAsRecorded), entry.status, entry.mode, entry.version);
    }
}
