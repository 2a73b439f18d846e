package org.tandem.meeting;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.meeting.MeetingFixtures.meeting;
import static org.tandem.meeting.MeetingFixtures.meetingBody;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

/** Invitations for mails, asked for outside any request as the notification feature's outbox consumer does. */
@QuarkusTest
class MeetingInvitationsTest {
    private static final String ATTENDEE = "anne.hooper@example.org";

    @Inject
    MeetingInvitations invitations;

    @Test
    void aRequestInvitesTheAttendeeInLondonTimeAndItsSequenceFollowsEdits() throws Exception {
        TestOrganisation owner = TestOrganisation.create();
        String partnership = Fixtures.partnership(owner, "People's Partnership (test)");
        String meeting = meeting(owner, meetingBody(partnership));
        assertEquals("text/calendar; charset=UTF-8; method=REQUEST", InvitationMethod.REQUEST.contentType());

        Calendar request = invitation(meeting, InvitationMethod.REQUEST);
        assertEquals("REQUEST", value(request, Property.METHOD));
        VEvent event = onlyEvent(request);
        assertEquals(meeting + "@tandem", value(event, Property.UID));
        assertEquals("0", value(event, Property.SEQUENCE));
        assertEquals("CONFIRMED", value(event, Property.STATUS));
        Property attendee = event.getRequiredProperty(Property.ATTENDEE);
        assertEquals("mailto:" + ATTENDEE, attendee.getValue());
        assertEquals("FALSE", attendee.getRequiredParameter(Parameter.RSVP).getValue());
        assertEquals("mailto:tandem@localhost", value(event, Property.ORGANIZER));
        Property start = event.getRequiredProperty(Property.DTSTART);
        assertEquals("Europe/London", start.getRequiredParameter(Parameter.TZID).getValue());
        assertEquals("20240717T134500", start.getValue(), "July is BST");

        Map<String, Object> moved = meetingBody(partnership);
        moved.putAll(Map.of("startsAt", "2099-11-13T14:00:00Z", "endsAt", "2099-11-13T16:00:00Z", "version", 0));
        as(owner.staff()).body(moved).put("/api/v1/meetings/" + meeting).then().statusCode(200);
        VEvent updated = onlyEvent(invitation(meeting, InvitationMethod.REQUEST));
        assertEquals(meeting + "@tandem", value(updated, Property.UID));
        assertEquals("1", value(updated, Property.SEQUENCE));
        assertEquals("20991113T140000", value(updated, Property.DTSTART), "November is GMT");
    }

    @Test
    void aCancellationHasTheSameUidAndIsCancelled() throws Exception {
        TestOrganisation owner = TestOrganisation.create();
        String meeting = meeting(owner);
        String requested = value(onlyEvent(invitation(meeting, InvitationMethod.REQUEST)), Property.UID);
        as(owner.staff()).body(Map.of("version", 0, "reason", "Not quorate")).post("/api/v1/meetings/" + meeting + "/cancel")
                .then().statusCode(200);

        Calendar cancel = invitation(meeting, InvitationMethod.CANCEL);
        assertEquals("CANCEL", value(cancel, Property.METHOD));
        VEvent event = onlyEvent(cancel);
        assertEquals(requested, value(event, Property.UID));
        assertEquals("CANCELLED", value(event, Property.STATUS));
        assertEquals("1", value(event, Property.SEQUENCE));
    }

    @Test
    void theTextIsAsAMemberReadsItAndAChathamHouseMeetingNamesNobody() throws Exception {
        TestOrganisation owner = TestOrganisation.create();
        String partnership = Fixtures.partnership(owner, "How We Work Together Group");
        String open = ChathamHouseRedactionTest.chathamHouseMeeting(owner, partnership, false);
        String memberReads = given().auth().oauth2(owner.member()).get("/api/v1/meetings/" + open + "/calendar.ics")
                .then().statusCode(200).extract().asString();
        String description = value(onlyEvent(invitation(open, InvitationMethod.REQUEST)), Property.DESCRIPTION);
        assertEquals(value(onlyEvent(new CalendarBuilder().build(new StringReader(memberReads))), Property.DESCRIPTION),
                description);
        assertTrue(description.contains("Anne Hooper"), description);

        String closed = ChathamHouseRedactionTest.chathamHouseMeeting(owner, partnership, true);
        String ics = new String(invitations.invitation(UUID.fromString(closed), InvitationMethod.REQUEST, ATTENDEE),
                StandardCharsets.UTF_8).toLowerCase().replace(ATTENDEE, "");
        for (String name : List.of("anne", "hooper", "julie", "clayton")) {
            assertFalse(ics.contains(name), name + " appears in " + ics);
        }
    }

    private Calendar invitation(String meetingId, InvitationMethod method) throws Exception {
        String ics = new String(invitations.invitation(UUID.fromString(meetingId), method, ATTENDEE), StandardCharsets.UTF_8);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "at most 75 octets: " + line);
        }
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
