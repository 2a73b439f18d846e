package org.tandem.meeting;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendanceCounts", description = """
        How many people attended, sent apologies or were absent. The headcount is everyone who attended: the named people
        on the register who attended plus those counted without names.""")
public record AttendanceCounts(
        @Schema(description = "Named people on the register who attended", examples = "3") long attended,
        @Schema(examples = "1") long apologies,
        @Schema(examples = "0") long absent,
        @Schema(description = "People who attended without being on the register, per category") Unnamed unnamed,
        @Schema(description = "Everyone who attended: named and unnamed", examples = "50") long headcount) {

    @Schema(name = "UnnamedAttendance", description = "People who attended without being on the register, per category.")
    public record Unnamed(
            @Schema(description = "Lay members and residents", examples = "40") long layMembers,
            @Schema(examples = "0") long serviceUsers,
            @Schema(description = "Health and care professionals", examples = "7") long professionals,
            @Schema(description = "Stakeholders such as voluntary groups", examples = "0") long stakeholders,
            @Schema(examples = "47") long total) {}

    static AttendanceCounts of(Meeting meeting) {
        long attended = count(meeting, AttendanceStatus.ATTENDED);
        UnnamedAttendance u = meeting.unnamedAttendance();
        return new AttendanceCounts(attended, count(meeting, AttendanceStatus.APOLOGIES), count(meeting, AttendanceStatus.ABSENT),
                new Unnamed(u.layMembers, u.serviceUsers, u.professionals, u.stakeholders, u.total()), attended + u.total());
    }

    private static long count(Meeting meeting, AttendanceStatus status) {
        return meeting.attendance.stream().filter(a -> a.status == status).count();
    }
}
