package org.tandem.meeting;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.LondonTime;

@Schema(name = "Attendance", description = "One entry of the register. Analysts and partners get no name, no recorded role "
        + "and no public naming.")
public record AttendanceView(
        UUID id,
        @Schema(nullable = true) UUID personId,
        @Schema(examples = "Sue Boland", nullable = true) String name,
        @Schema(examples = "Head of Services for SEL Mind", nullable = true) String roleAsRecorded,
        AttendanceStatus status,
        @Schema(nullable = true) AttendanceMode mode,
        @Schema(description = "Set when the public page names them, with their consent", nullable = true) PublicNaming publicNaming,
        @Schema(description = "Send this back when updating the entry", examples = "0") long version) {

    @Schema(name = "PublicNaming", description = "The role the public page names someone in, and the consent they gave.")
    public record PublicNaming(
            @Schema(examples = "Presenter for New Possibilities") String role,
            PublicConsentMethod consentMethod,
            OffsetDateTime consentRecordedAt,
            @Schema(examples = "Sam Officer") String consentRecordedBy) {}

    static AttendanceView of(Attendance entry, Redaction redaction) {
        PublicNaming naming = entry.namedPublicly() && redaction.namesPeople()
                ? new PublicNaming(entry.publicRole, entry.publicConsentMethod, LondonTime.of(entry.publicConsentAt),
                        entry.publicConsentRecordedBy)
                : null;
        return new AttendanceView(entry.id, entry.personId, redaction.nameOf(entry.personId),
                redaction.aboutPerson(entry.roleAsRecorded), entry.status, entry.mode, naming, entry.version);
    }
}
