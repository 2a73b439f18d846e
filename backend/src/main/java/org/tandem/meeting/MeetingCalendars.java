package org.tandem.meeting;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestResponse;
import org.tandem.person.PersonDirectory;

/** Calendar responses: one meeting, or the feed of a partnership or board. */
@RequestScoped
public class MeetingCalendars {
    public static final String MEDIA_TYPE = "text/calendar";
    private static final String CONTENT_TYPE = MEDIA_TYPE + "; charset=utf-8";

    private final PersonDirectory people;
    private final String organiser;

    MeetingCalendars(PersonDirectory people,
            @ConfigProperty(name = "tandem.calendar.organiser", defaultValue = "mailto:meetings@tandem.example.org")
            String organiser) {
        this.people = people;
        this.organiser = organiser;
    }

    RestResponse<String> single(HeldMeeting held) {
        List<MeetingCalendar.Event> events = events(List.of(held.meeting()), held.holderName());
        return respond(MeetingCalendar.write(null, events, organiser, Instant.now()), "meeting-" + held.meeting().id);
    }

    /**
     * Every meeting of one partnership or board, cancelled ones included so that calendars drop them.
     * @param holderColumn {@code partnershipId} or {@code boardId}
     */
    RestResponse<String> feed(String holderName, String holderColumn, UUID holderId) {
        List<Meeting> meetings = Meeting.list(holderColumn, Sort.by("startsAt").and("id"), holderId);
        return respond(MeetingCalendar.write(holderName, events(meetings, holderName), organiser, Instant.now()),
                "meetings-" + holderId);
    }

    /**
     * Calendars end up on phones and shared screens whoever asked for them, so a Chatham House meeting's text
     * names nobody in any calendar, even the note taker's.
     */
    private List<MeetingCalendar.Event> events(List<Meeting> meetings, String holderName) {
        Set<UUID> linked = meetings.stream().filter(m -> m.chathamHouse)
                .flatMap(m -> m.linkedPersonIds().stream()).collect(Collectors.toSet());
        Map<UUID, String> names = people.namesOf(linked);
        return meetings.stream().map(m -> new MeetingCalendar.Event(m, holderName, wording(m, names))).toList();
    }

    private static ChathamHouse wording(Meeting meeting, Map<UUID, String> names) {
        if (!meeting.chathamHouse) {
            return ChathamHouse.OFF;
        }
        return ChathamHouse.naming(meeting.linkedPersonIds().stream().map(names::get).filter(Objects::nonNull).toList());
    }

    private static RestResponse<String> respond(String ics, String filename) {
        return RestResponse.ResponseBuilder.ok(ics, CONTENT_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + ".ics\"").build();
    }
}
