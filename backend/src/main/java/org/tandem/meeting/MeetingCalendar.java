package org.tandem.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.tandem.common.web.LondonTime;

/** Meetings as an iCalendar (RFC 5545) object, with times in Europe/London. */
final class MeetingCalendar {
    static final String TZID = "Europe/London";

    /** Europe/London since 1996: BST from the last Sunday of March at 01:00 UTC to the last Sunday of October. */
    private static final String VTIMEZONE = """
            BEGIN:VTIMEZONE
            TZID:Europe/London
            X-LIC-LOCATION:Europe/London
            BEGIN:DAYLIGHT
            TZOFFSETFROM:+0000
            TZOFFSETTO:+0100
            TZNAME:BST
            DTSTART:19700329T010000
            RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
            END:DAYLIGHT
            BEGIN:STANDARD
            TZOFFSETFROM:+0100
            TZOFFSETTO:+0000
            TZNAME:GMT
            DTSTART:19701025T020000
            RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
            END:STANDARD
            END:VTIMEZONE
            """;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss").withZone(LondonTime.ZONE);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(LondonTime.ZONE);

    /** A meeting to publish, with the name of who holds it and the redaction its text must follow. */
    record Event(Meeting meeting, String holderName, Redaction redaction) {}

    private MeetingCalendar() {}

    /**
     * @param calendarName the name calendar applications show for a feed; null for a single meeting
     * @param organiser    the calendar address (a mailto: URI) that publishes meetings; PUBLISH requires one (RFC 5546)
     */
    static String write(String calendarName, List<Event> events, String organiser, Instant now) {
        IcsWriter ics = new IcsWriter().begin("VCALENDAR")
                .value("PRODID", "-//Tandem//Meetings//EN")
                .value("VERSION", "2.0")
                .value("CALSCALE", "GREGORIAN")
                .value("METHOD", "PUBLISH")
                .text("X-WR-CALNAME", calendarName)
                .value("X-WR-TIMEZONE", TZID)
                .lines(VTIMEZONE);
        events.forEach(event -> writeEvent(ics, event, organiser, now));
        return ics.end("VCALENDAR").toString();
    }

    private static void writeEvent(IcsWriter ics, Event event, String organiser, Instant now) {
        Meeting m = event.meeting();
        ics.begin("VEVENT")
                .value("UID", m.id + "@tandem")
                .value("DTSTAMP", UTC.format(now))
                .value("CREATED", UTC.format(m.createdAt))
                .value("LAST-MODIFIED", UTC.format(m.updatedAt))
                .value("SEQUENCE", m.version)
                .text("SUMMARY", m.title)
                .value("ORGANIZER;CN=" + IcsWriter.quoted(event.holderName()), organiser);
        if (m.timeConfirmed) {
            ics.value("DTSTART;TZID=" + TZID, LOCAL.format(m.startsAt))
                    .value("DTEND;TZID=" + TZID, m.endsAt == null ? null : LOCAL.format(m.endsAt));
        } else {
            // Date known, time TBC: an all-day event (DTEND is the next day: the end is exclusive).
            LocalDate date = LondonTime.dateOf(m.startsAt);
            ics.value("DTSTART;VALUE=DATE", DATE.format(date)).value("DTEND;VALUE=DATE", DATE.format(date.plusDays(1)));
        }
        ics.value("STATUS", m.status == MeetingStatus.CANCELLED ? "CANCELLED" : "CONFIRMED")
                .text("LOCATION", m.venue != null ? m.venue : m.format == MeetingFormat.ONLINE ? "Online" : null)
                .value("URL", m.onlineLink)
                .text("DESCRIPTION", event.redaction().text(description(event)))
                .end("VEVENT");
    }

    private static String description(Event event) {
        Meeting m = event.meeting();
        List<String> parts = new ArrayList<>();
        parts.add(event.holderName());
        if (m.status == MeetingStatus.CANCELLED) {
            parts.add(m.cancellationReason == null ? "Cancelled." : "Cancelled: " + m.cancellationReason);
        }
        if (!m.timeConfirmed) {
            parts.add("Time to be confirmed.");
        }
        if (m.onlineLink != null) {
            parts.add("Join online: " + m.onlineLink);
        }
        if (m.chathamHouse) {
            parts.add("Held under the Chatham House rule: comments are not attributed to anyone.");
        }
        if (!m.agendaItems.isEmpty()) {
            List<String> agenda = new ArrayList<>(List.of("Agenda:"));
            m.agendaItems.forEach(item -> agenda.add(agendaLine(item, event.redaction())));
            parts.add(String.join("\n", agenda));
        }
        return String.join("\n\n", parts);
    }

    private static String agendaLine(AgendaItem item, Redaction redaction) {
        String time = item.plannedStart == null ? "" : CLOCK.format(item.plannedStart) + " ";
        String presenter = redaction.presenter(item.presenter);
        return time + item.title + (presenter == null ? "" : " (" + presenter + ")");
    }
}
