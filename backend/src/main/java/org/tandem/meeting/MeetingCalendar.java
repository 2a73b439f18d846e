package org.tandem.meeting;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Created;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.LastModified;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.tandem.common.web.LondonTime;

/**
 * Meetings as an iCalendar (RFC 5545) object written with ical4j, with times in Europe/London (its VTIMEZONE from
 * ical4j's bundled zone data): a published feed or file (METHOD:PUBLISH), or one attendee's invitation (RFC 5546).
 */
final class MeetingCalendar {
    static final String TZID = LondonTime.ZONE.getId();
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(LondonTime.ZONE);
    private static final VTimeZone LONDON =
            TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(TZID).getVTimeZone();

    /** A meeting to publish, with the name of who holds it and the redaction its text must follow. */
    record Event(Meeting meeting, String holderName, Redaction redaction) {}

    private MeetingCalendar() {}

    /**
     * @param calendarName the name calendar applications show for a feed; null for a single meeting
     * @param organiser    the calendar address (a mailto: URI) that publishes meetings; PUBLISH requires one (RFC 5546)
     */
    static String write(String calendarName, List<Event> events, URI organiser, Instant now) {
        Calendar calendar = calendar("PUBLISH");
        if (calendarName != null && !calendarName.isBlank()) {
            calendar.add(new XProperty("X-WR-CALNAME", text(calendarName)));
        }
        events.forEach(event -> calendar.add(event(event, organiser, now, false)));
        return folded(calendar);
    }

    /** One attendee's invitation (REQUEST) or its cancellation (CANCEL: the event's STATUS is CANCELLED). */
    static String invitation(Event event, InvitationMethod method, URI organiser, URI attendee, Instant now) {
        Calendar calendar = calendar(method.name());
        VEvent vevent = event(event, organiser, now, method == InvitationMethod.CANCEL);
        Attendee invited = new Attendee(attendee);
        invited.add(new Rsvp(false));
        vevent.add(invited);
        calendar.add(vevent);
        return folded(calendar);
    }

    /** The calendar address of {@code from} ("Name &lt;address&gt;" or a bare address) as a mailto: URI. */
    static URI mailto(String from) {
        int open = from.indexOf('<');
        int close = from.lastIndexOf('>');
        String address = open >= 0 && close > open ? from.substring(open + 1, close) : from;
        return URI.create("mailto:" + address.strip());
    }

    private static Calendar calendar(String method) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Tandem//Meetings//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(method));
        calendar.add(new XProperty("X-WR-TIMEZONE", TZID));
        calendar.add(LONDON);
        return calendar;
    }

    private static VEvent event(Event event, URI organiser, Instant now, boolean cancelled) {
        Meeting m = event.meeting();
        VEvent vevent = new VEvent(false);
        vevent.add(new Uid(m.id + "@tandem"));
        vevent.add(new DtStamp(now));
        vevent.add(new Created(m.createdAt));
        vevent.add(new LastModified(m.updatedAt));
        vevent.add(new Sequence((int) m.version));
        vevent.add(new Summary(text(m.title)));
        Organizer organizer = new Organizer(organiser);
        organizer.add(new Cn(text(event.holderName())));
        vevent.add(organizer);
        if (m.timeConfirmed) {
            vevent.add(new DtStart<ZonedDateTime>(m.startsAt.atZone(LondonTime.ZONE)));
            if (m.endsAt != null) {
                vevent.add(new DtEnd<ZonedDateTime>(m.endsAt.atZone(LondonTime.ZONE)));
            }
        } else {
            // Date known, time TBC: an all-day event (DTEND is the next day: the end is exclusive).
            LocalDate date = LondonTime.dateOf(m.startsAt);
            vevent.add(new DtStart<LocalDate>(date));
            vevent.add(new DtEnd<LocalDate>(date.plusDays(1)));
        }
        vevent.add(cancelled || m.status == MeetingStatus.CANCELLED
                ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        String location = m.venue != null ? m.venue : m.format == MeetingFormat.ONLINE ? "Online" : null;
        if (location != null && !location.isBlank()) {
            vevent.add(new Location(text(location)));
        }
        if (m.onlineLink != null) {
            vevent.add(new Url(URI.create(m.onlineLink)));
        }
        vevent.add(new Description(text(event.redaction().text(description(event)))));
        return vevent;
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

    /** A TEXT value as ical4j should escape it: line breaks as "\n", other control characters (not allowed) dropped. */
    static String text(String value) {
        return value.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\p{Cntrl}&&[^\t\n]]", "");
    }

    /**
     * The calendar's content lines folded at 75 octets (RFC 5545 3.1) without splitting a UTF-8 character: ical4j's
     * own folding counts UTF-16 characters, which lets a line of multi-byte text run past 75 octets.
     */
    static String folded(Calendar calendar) {
        StringBuilder out = new StringBuilder();
        for (String line : calendar.toString().split("\r\n")) {
            int octets = 0;
            for (int i = 0; i < line.length(); ) {
                int codePoint = line.codePointAt(i);
                int size = utf8Length(codePoint);
                if (octets + size > MAX_OCTETS) {
                    out.append("\r\n ");
                    octets = 1;
                }
                out.appendCodePoint(codePoint);
                octets += size;
                i += Character.charCount(codePoint);
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
