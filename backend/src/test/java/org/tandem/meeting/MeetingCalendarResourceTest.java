package org.tandem.meeting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.meeting.MeetingFixtures.meeting;
import static org.tandem.meeting.MeetingFixtures.meetingBody;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

/** The calendars, written with ical4j and folded by octets, must read back and validate with ical4j. */
@QuarkusTest
class MeetingCalendarResourceTest {
    private static final String VENUE = "Lewisham Civic Centre, Committee Room 3; Catford \\ SE6";

    @Test
    void aMeetingIsAValidEventInLondonTime() throws Exception {
        TestOrganisation owner = TestOrganisation.create();
        Map<String, Object> body = meetingBody(Fixtures.partnership(owner, "People's Partnership (test)"));
        body.putAll(Map.of("format", "HYBRID", "venue", VENUE));
        String meeting = meeting(owner, body);

        String ics = ics(owner.member(), "/api/v1/meetings/" + meeting + "/calendar.ics");
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\n") && ics.endsWith("END:VCALENDAR\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "every line ends with CRLF");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "at most 75 octets: " + line);
        }

        Calendar calendar = parse(ics);
        assertEquals("2.0", value(calendar, Property.VERSION));
        assertEquals("PUBLISH", value(calendar, Property.METHOD));
        assertEquals("GREGORIAN", value(calendar, Property.CALSCALE));
        assertTrue(value(calendar, Property.PRODID).contains("Tandem"));
        VTimeZone zone = calendar.<VTimeZone>getComponent(Component.VTIMEZONE).orElseThrow();
        assertEquals("Europe/London", value(zone, Property.TZID));

        VEvent event = onlyEvent(calendar);
        assertEquals(meeting + "@tandem", value(event, Property.UID));
        DtStart<Temporal> start = event.getRequiredProperty(Property.DTSTART);
        assertEquals("Europe/London", start.getRequiredParameter(Parameter.TZID).getValue());
        assertEquals("20240717T134500", start.getValue());
        assertEquals(Instant.parse("2024-07-17T12:45:00Z"), Instant.from(start.getDate()));
        assertEquals("20240717T160000", value(event, Property.DTEND));
        assertEquals("0", value(event, Property.SEQUENCE));
        assertEquals("CONFIRMED", value(event, Property.STATUS));
        assertEquals(VENUE, value(event, Property.LOCATION));
        assertEquals("https://meet.example.org/lpp-july", value(event, Property.URL));
        assertTrue(value(event, Property.DESCRIPTION).contains("Join online: https://meet.example.org/lpp-july"));
        assertTrue(value(event, Property.DTSTAMP).endsWith("Z"));
        assertTrue(value(event, Property.LAST_MODIFIED).endsWith("Z"));
    }

    @Test
    void theUidStaysWhileTheSequenceFollowsChangesAndCancellation() throws Exception {
        TestOrganisation owner = TestOrganisation.create();
        String partnership = Fixtures.partnership(owner, "LPP");
        String meeting = meeting(owner, meetingBody(partnership));
        String path = "/api/v1/meetings/" + meeting;
        Map<String, Object> moved = meetingBody(partnership);
        moved.putAll(Map.of("startsAt", "2099-11-13T14:00:00Z", "endsAt", "2099-11-13T16:00:00Z", "version", 0));
        as(owner.staff()).body(moved).put(path).then().statusCode(200);

        VEvent updated = onlyEvent(parse(ics(owner.member(), path + "/calendar.ics")));
        assertEquals(meeting + "@tandem", value(updated, Property.UID));
        assertEquals("1", value(updated, Property.SEQUENCE));
        assertEquals("20991113T140000", value(updated, Property.DTSTART), "November is GMT");

        as(owner.staff()).body(Map.of("version", 1, "reason", "Not quorate")).post(path + "/cancel").then().statusCode(200);
        VEvent cancelled = onlyEvent(parse(ics(owner.member(), path + "/calendar.ics")));
        assertEquals(meeting + "@tandem", value(cancelled, Property.UID));
        assertEquals("2", value(cancelled, Property.SEQUENCE));
        assertEquals("CANCELLED", value(cancelled, Property.STATUS));
        assertTrue(value(cancelled, Property.DESCRIPTION).contains("Cancelled: Not quorate"));
    }

    @Test
    void aMeetingWhoseTimeIsToBeConfirmedIsAnAllDayEvent() throws Exception {
        TestOrganisation owner = TestOrganisation.create();
        Map<String, Object> body = meetingBody(Fixtures.partnership(owner, "LPP"));
        body.putAll(Map.of("startsAt", "2025-03-05T00:00:00Z", "timeConfirmed", false));
        body.remove("endsAt");
        VEvent event = onlyEvent(parse(ics(owner.member(), "/api/v1/meetings/" + meeting(owner, body) + "/calendar.ics")));
        Property start = event.getRequiredProperty(Property.DTSTART);
        assertEquals("DATE", start.getRequiredParameter(Parameter.VALUE).getValue());
        assertEquals("20250305", start.getValue());
        assertEquals("20250306", value(event, Property.DTEND));
        assertTrue(value(event, Property.DESCRIPTION).contains("Time to be confirmed."));
    }

    @Test
    void partnershipsAndBoardsPublishFeedsOfTheirMeetings() throws Exception {
        TestOrganisation owner = TestOrganisation.create();
        String partnership = Fixtures.partnership(owner, "Health, Care; and Wellbeing");
        String first = meeting(owner, meetingBody(partnership));
        Map<String, Object> later = meetingBody(partnership);
        later.putAll(Map.of("startsAt", "2024-09-11T10:00:00+01:00", "endsAt", "2024-09-11T12:00:00+01:00"));
        String second = meeting(owner, later);
        as(owner.staff()).body(Map.of("version", 0)).post("/api/v1/meetings/" + second + "/cancel").then().statusCode(200);

        Calendar feed = parse(ics(owner.partner(), "/api/v1/partnerships/" + partnership + "/calendar.ics"));
        assertEquals("Health, Care; and Wellbeing", value(feed, "X-WR-CALNAME"));
        List<String> uids = feed.<VEvent>getComponents(Component.VEVENT).stream().map(e -> value(e, Property.UID)).toList();
        assertEquals(List.of(first + "@tandem", second + "@tandem"), uids);

        String board = Fixtures.board(owner, "Strategic Board");
        String third = meeting(owner, MeetingFixtures.boardMeetingBody(board));
        assertEquals(third + "@tandem",
                value(onlyEvent(parse(ics(owner.analyst(), "/api/v1/boards/" + board + "/calendar.ics"))), Property.UID));

        String stranger = TestOrganisation.create().member();
        for (String path : List.of("/api/v1/partnerships/" + partnership, "/api/v1/boards/" + board,
                "/api/v1/meetings/" + first)) {
            given().auth().oauth2(stranger).get(path + "/calendar.ics").then().statusCode(404);
            given().get(path + "/calendar.ics").then().statusCode(401);
        }
        // The partnership resource still answers its own paths beside the feed.
        as(owner.member()).get("/api/v1/partnerships/" + partnership).then().statusCode(200);
    }

    @Test
    void aChathamHouseMeetingsCalendarNamesNobodyEvenForTheNoteTaker() throws Exception {
        TestOrganisation owner = TestOrganisation.create();
        String meeting = ChathamHouseRedactionTest.chathamHouseMeeting(owner,
                Fixtures.partnership(owner, "How We Work Together Group"), true);
        String ics = ics(owner.staff(), "/api/v1/meetings/" + meeting + "/calendar.ics");
        String description = value(onlyEvent(parse(ics)), Property.DESCRIPTION);
        assertTrue(description.contains("Chatham House"), description);
        assertTrue(description.contains("What is a member?"), description);
        for (String name : List.of("anne", "hooper", "julie", "clayton")) {
            assertFalse(ics.toLowerCase().contains(name), name + " appears in " + ics);
        }
    }

    @Test
    void longTitlesInAnyScriptSurviveFolding() throws Exception {
        TestOrganisation owner = TestOrganisation.create();
        String title = "Café “co-production” 🙂 — ünïcödé, ελληνικά, العربية; ".repeat(4).strip();
        Map<String, Object> body = meetingBody(Fixtures.partnership(owner, "LPP"));
        body.put("title", title);
        assertEquals(title, value(onlyEvent(parse(ics(owner.member(), "/api/v1/meetings/" + meeting(owner, body)
                + "/calendar.ics"))), Property.SUMMARY));
    }

    private static String ics(String token, String path) {
        byte[] bytes = given().auth().oauth2(token).accept("text/calendar").get(path)
                .then().statusCode(200)
                .contentType(startsWith("text/calendar")).contentType(containsStringIgnoringCase("charset=utf-8"))
                .extract().asByteArray();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Calendar parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult validation = calendar.validate();
        assertFalse(validation.hasErrors(), validation.toString());
        return calendar;
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertEquals(1, events.size());
        return events.getFirst();
    }

    private static String value(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + name));
    }
}
