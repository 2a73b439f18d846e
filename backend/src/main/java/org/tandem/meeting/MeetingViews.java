package org.tandem.meeting;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.tandem.common.security.CurrentUser;
import org.tandem.common.security.Roles;
import org.tandem.person.PersonDirectory;

/** Turns meetings into responses for the caller, applying the Chatham House rule and the limits on personal data. */
@RequestScoped
public class MeetingViews {
    /** Roles that may read who attended and who owns an action; analysts and partners may not. */
    private static final List<String> NAMES_PEOPLE = List.of(Roles.ADMIN, Roles.STAFF, Roles.MEMBER, Roles.FINANCE);

    private final CurrentUser user;
    private final MeetingAccess access;
    private final PersonDirectory people;

    MeetingViews(CurrentUser user, MeetingAccess access, PersonDirectory people) {
        this.user = user;
        this.access = access;
        this.people = people;
    }

    public MeetingView detail(HeldMeeting held) {
        return MeetingView.of(held.meeting(), redaction(held));
    }

    public AgendaView agenda(HeldMeeting held) {
        return AgendaView.of(held.meeting(), redaction(held));
    }

    public AgendaItemView agendaItem(HeldMeeting held, AgendaItem item) {
        return AgendaItemView.of(item, redaction(held));
    }

    public RegisterView register(HeldMeeting held) {
        return RegisterView.of(held.meeting(), peopleOnly(held.meeting().attendance.stream().map(a -> a.personId).toList()));
    }

    public AttendanceView attendance(Attendance entry) {
        return AttendanceView.of(entry, peopleOnly(List.of(entry.personId)));
    }

    /** Views of a page of actions, looking up their owners' names at once. */
    public Function<MeetingAction, ActionView> actionViews(List<MeetingAction> actions) {
        Redaction redaction = peopleOnly(actions.stream().map(a -> a.ownerPersonId).filter(Objects::nonNull).toList());
        return action -> ActionView.of(action, redaction);
    }

    public ActionView action(MeetingAction action) {
        return actionViews(List.of(action)).apply(action);
    }

    /**
     * Under the Chatham House rule, only the note takers read names in the text. Readers who may not see personal
     * data get the same wording on every meeting, so that notes do not give away the names withheld from the register.
     */
    private Redaction redaction(HeldMeeting held) {
        Meeting meeting = held.meeting();
        Map<UUID, String> names = people.namesOf(meeting.linkedPersonIds());
        boolean namesPeople = namesPeople();
        boolean nameless = !namesPeople || meeting.chathamHouse && !access.isNoteTaker(held);
        return new Redaction(nameless ? ChathamHouse.naming(names.values()) : ChathamHouse.OFF, namesPeople, names);
    }

    private Redaction peopleOnly(Collection<UUID> personIds) {
        boolean namesPeople = namesPeople();
        return new Redaction(ChathamHouse.OFF, namesPeople, namesPeople ? people.namesOf(personIds) : Map.of());
    }

    private boolean namesPeople() {
        return NAMES_PEOPLE.stream().anyMatch(user::hasRole);
    }
}
