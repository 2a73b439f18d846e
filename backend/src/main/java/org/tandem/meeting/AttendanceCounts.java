package org.tandem.meeting;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendanceCounts", description = "How many people attended, sent apologies or were absent.")
public record AttendanceCounts(
        @Schema(examples = "11") long attended,
        @Schema(examples = "1") long apologies,
        @Schema(examples = "0") long absent) {

    static AttendanceCounts of(List<Attendance> register) {
        return new AttendanceCounts(count(register, AttendanceStatus.ATTENDED), count(register, AttendanceStatus.APOLOGIES),
                count(register, AttendanceStatus.ABSENT));
    }

    private static long count(List<Attendance> register, AttendanceStatus status) {
        return register.stream().filter(a -> a.status == status).count();
    }
}
