package org.tandem.meeting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.LondonTime;

@Schema(name = "Action", description = "Something a meeting asked someone to do. Analysts and partners get the owner's id, not their name, "
        + "and the description in the wording of the meeting's notes (names of the people linked to it read \"a participant\").")
public record ActionView(
        UUID id,
        MeetingRef meeting,
        @Schema(description = "The agenda item it arose under, if any", nullable = true) UUID agendaItemId,
        @Schema(examples = "Feed back to the main group on 14 September") String description,
        @Schema(nullable = true) UUID ownerPersonId,
        @Schema(examples = "Julie Clayton", nullable = true) String ownerName,
        @Schema(examples = "2017-09-14", nullable = true) LocalDate dueOn,
        ActionStatus status,
        @Schema(description = "When it was done or dropped", nullable = true) OffsetDateTime closedAt,
        @Schema(description = "Open and due before today (Europe/London)", examples = "false") boolean overdue,
        @Schema(description = "Send this back when changing the action", examples = "0") long version,
        @Schema(description = "What you may do to the action now (empty unless you run its meeting)")
        List<ActionOperation> allowedActions,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static ActionView of(MeetingAction action, Redaction redaction, boolean manages) {
        return new ActionView(action.id, MeetingRef.of(action.meeting), action.agendaItemId, redaction.text(action.description),
                action.ownerPersonId, redaction.nameOf(action.ownerPersonId), action.dueOn, action.status,
                LondonTime.of(action.closedAt), action.isOverdue(LondonTime.today()), action.version,
                manages ? List.copyOf(action.allowedOperations()) : List.of(),
                LondonTime.of(action.createdAt), LondonTime.of(action.updatedAt));
    }
}
