package org.tandem.meeting;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.LondonTime;

@Schema(name = "Meeting", description = """
        A meeting with its agenda (in order, with decisions), register, actions and documents. Under the Chatham House
        rule, readers who do not take the notes get no presenters, and the names of the people linked to the meeting
        read "a participant" in notes, decisions and the summary. Analysts and partners get that wording on every
        meeting, and ids and counts instead of names in the register and actions.""")
public record MeetingView(
        @JsonUnwrapped MeetingSummary meeting,
        @Schema(description = "Why it was cancelled", examples = "Not quorate", nullable = true) String cancellationReason,
        @Schema(description = "What happened, in brief", examples = "The meeting agreed to develop hubs.", nullable = true) String summary,
        @Schema(description = "True when names and recorded roles were left out for your role") boolean peopleHidden,
        List<AgendaItemView> agendaItems,
        List<AttendanceView> attendance,
        AttendanceCounts attendanceCounts,
        @Schema(description = "Members' answers before the meeting: attending or apologies")
        List<ResponseView> responses,
        List<ActionView> actions,
        List<DocumentView> documents,
        @Schema(description = "What you may do to the meeting now (empty unless you run it)")
        List<MeetingOperation> allowedActions,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    /** {@code manages}: the caller runs the meeting, so gets its allowed actions and those of its actions. */
    static MeetingView of(Meeting m, Redaction redaction, boolean manages, Instant now) {
        return new MeetingView(MeetingSummary.of(m), redaction.text(m.cancellationReason), redaction.text(m.summary),
                !redaction.namesPeople(),
                m.agendaItems.stream().map(i -> AgendaItemView.of(i, redaction)).toList(),
                m.attendance.stream().map(a -> AttendanceView.of(a, redaction)).toList(),
                AttendanceCounts.of(m),
                ResponseView.of(m, redaction),
                m.actions.stream().map(a -> ActionView.of(a, redaction, manages)).toList(),
                m.documents.stream().map(DocumentView::of).toList(),
                manages ? List.copyOf(m.allowedOperations(now)) : List.of(),
                LondonTime.of(m.createdAt), LondonTime.of(m.updatedAt));
    }
}
