package org.tandem.meeting;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Turns meetings into responses for the caller, with the redaction {@link MeetingRedactions} decides. */
@RequestScoped
public class MeetingViews {
    private final MeetingAccess access;
    private final MeetingRedactions redactions;

    MeetingViews(MeetingAccess access, MeetingRedactions redactions) {
        this.access = access;
        this.redactions = redactions;
    }

    public MeetingView detail(HeldMeeting held) {
        return MeetingView.of(held.meeting(), redactions.forReader(held), access.manages(held), Instant.now());
    }

    public AgendaView agenda(HeldMeeting held) {
        return AgendaView.of(held.meeting(), redactions.forReader(held));
    }

    public AgendaItemView agendaItem(HeldMeeting held, AgendaItem item) {
        return AgendaItemView.of(item, redactions.forReader(held));
    }

    public RegisterView register(HeldMeeting held) {
        return RegisterView.of(held.meeting(), redactions.forReader(held));
    }

    public AttendanceView attendance(Attendance entry) {
        return AttendanceView.of(entry, redactions.forReader(access.held(entry.meeting)));
    }

    /** Views of a page of actions, deciding the redaction once per meeting. */
    public Function<MeetingAction, ActionView> actionViews(List<MeetingAction> actions) {
        Map<Meeting, Reader> byMeeting = new HashMap<>();
        actions.forEach(a -> byMeeting.computeIfAbsent(a.meeting, m -> {
            HeldMeeting held = access.held(m);
            return new Reader(redactions.forReader(held), access.manages(held));
        }));
        return action -> {
            Reader reader = byMeeting.get(action.meeting);
            return ActionView.of(action, reader.redaction(), reader.manages());
        };
    }

    /** How the caller reads one meeting: what is withheld, and whether they run it. */
    private record Reader(Redaction redaction, boolean manages) {}

    public ActionView action(MeetingAction action) {
        return actionViews(List.of(action)).apply(action);
    }
}
