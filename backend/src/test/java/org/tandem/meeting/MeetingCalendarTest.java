package org.tandem.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The calendar writer without the service: ical4j's model, folded by octets, read back by ical4j. */
class MeetingCalendarTest {
    private static final URI ORGANISER = MeetingCalendar.mailto("Tandem <tandem@localhost>");

    @Test
    void longMultiByteTextIsFoldedAt75OctetsWithoutSplittingACharacter() throws Exception {
        String title = "Café “quoted” 🙂 ünïcödé, ελληνικά; العربية \\ ".repeat(8).strip();
        String ics = MeetingCalendar.write("Partnership 🙂", List.of(event(title)), ORGANISER, Instant.now());

        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
        String[] lines = ics.split("\r\n");
        long continued = 0;
        for (String line : lines) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(octets.length <= 75, "at most 75 octets: " + line);
            assertEquals(line, new String(octets, StandardCharsets.UTF_8), "no character split");
            continued += line.startsWith(" ") ? 1 : 0;
        }
        assertTrue(continued > 3, "the long summary is folded");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponent(Component.VEVENT).orElseThrow();
        assertEquals(title, event.getRequiredProperty(Property.SUMMARY).getValue());
    }

    @Test
    void controlCharactersAreDroppedAndLineBreaksKept() {
        assertEquals("a\nb\nc\td", MeetingCalendar.text("a\r\nb\rc\td\u0007"));
    }

    @Test
    void theOrganiserIsTheAddressOfTheSender() {
        assertEquals(URI.create("mailto:tandem@localhost"), ORGANISER);
        assertEquals(URI.create("mailto:meetings@example.org"), MeetingCalendar.mailto(" meetings@example.org "));
    }

    private static MeetingCalendar.Event event(String title) {
        Meeting meeting = new Meeting();
        meeting.title = title;
        meeting.startsAt = Instant.parse("2024-07-17T12:45:00Z");
        meeting.endsAt = Instant.parse("2024-07-17T15:00:00Z");
        meeting.format = MeetingFormat.IN_PERSON;
        meeting.venue = "Civic Centre";
        meeting.createdAt = meeting.startsAt;
        meeting.updatedAt = meeting.startsAt;
        return new MeetingCalendar.Event(meeting, "LPP", new Redaction(ChathamHouse.OFF, true, Map.of()));
    }
}
