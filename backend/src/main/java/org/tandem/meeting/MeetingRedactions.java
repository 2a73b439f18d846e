package org.tandem.meeting;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.common.security.OrganisationScope;
import org.tandem.common.security.PeopleAccess;
import org.tandem.common.security.ScopedBody;
import org.tandem.person.PersonDirectory;

/**
 * The meeting feature's access policy for personal data: how one reader sees the people of a meeting. Every output
 * that carries a meeting's text (JSON views, calendar files, published notes) takes its {@link Redaction} from
 * here, so what is withheld cannot differ between formats. Who may read names follows
 * {@link OrganisationScope#peopleAccess}; readers who may not get the same wording on every meeting (names of the
 * people linked to it read "a participant", no presenters), so text does not give away the names withheld elsewhere.
 */
@RequestScoped
public class MeetingRedactions {
    private final OrganisationScope scope;
    private final PersonDirectory people;

    MeetingRedactions(OrganisationScope scope, PersonDirectory people) {
        this.scope = scope;
        this.people = people;
    }

    /** For the caller's JSON views. Under the Chatham House rule, only the note takers read names in the text. */
    Redaction forReader(HeldMeeting held) {
        PeopleAccess access = scope.peopleAccess(held.holder());
        Meeting meeting = held.meeting();
        boolean attributed = access.namesPeople() && (!meeting.chathamHouse || scope.isNoteTaker(held.holder()));
        return redaction(meeting, access, attributed, namesLinkedTo(List.of(meeting)));
    }

    /**
     * For calendar files of meetings of one holder. Calendars end up on phones and shared screens whoever asked for
     * them, so a Chatham House meeting's text attributes nothing in any calendar, even the note taker's.
     */
    Map<Meeting, Redaction> forCalendar(ScopedBody holder, List<Meeting> meetings) {
        return forCalendar(scope.peopleAccess(holder), meetings);
    }

    /**
     * For an invitation sent to a member of the meeting's partnership or board, whoever asks for it: names as
     * members read them, and calendars' rule for Chatham House meetings.
     */
    Redaction forMember(Meeting meeting) {
        return forCalendar(PeopleAccess.NAMES, List.of(meeting)).get(meeting);
    }

    private Map<Meeting, Redaction> forCalendar(PeopleAccess access, List<Meeting> meetings) {
        Map<UUID, String> names = namesLinkedTo(meetings);
        return meetings.stream().collect(Collectors.toMap(m -> m, m -> redaction(m, access, access.namesPeople() && !m.chathamHouse, names)));
    }

    /**
     * Public pages carry no personal data, whatever the meeting, except the names of the people on the register who
     * consented to be named publicly: their names stay in the text (not under the Chatham House rule, which
     * attributes nothing), everyone else's read "a participant".
     */
    Redaction forPublic(Meeting meeting) {
        Map<UUID, String> names = namesLinkedTo(List.of(meeting));
        Set<UUID> keptNames = meeting.chathamHouse ? Set.of() : meeting.publiclyNamedPersonIds();
        ChathamHouse wording = ChathamHouse.naming(meeting.linkedPersonIds().stream().filter(id -> !keptNames.contains(id))
                .map(names::get).filter(Objects::nonNull).toList());
        return new Redaction(wording, false, names);
    }

    /** The wording for readers who read no names, whatever the meeting's rule: the names linked to it read "a participant". */
    static ChathamHouse withoutNames(Collection<String> linkedNames) {
        return ChathamHouse.naming(linkedNames);
    }

    private Map<UUID, String> namesLinkedTo(Collection<Meeting> meetings) {
        Set<UUID> linked = meetings.stream().flatMap(m -> m.linkedPersonIds().stream()).collect(Collectors.toSet());
        return people.namesOf(linked);
    }

    private static Redaction redaction(Meeting meeting, PeopleAccess access, boolean attributed, Map<UUID, String> names) {
        ChathamHouse wording = attributed ? ChathamHouse.OFF
                : ChathamHouse.naming(meeting.linkedPersonIds().stream().map(names::get).filter(Objects::nonNull).toList());
        return new Redaction(wording, access.namesPeople(), names);
    }
}
