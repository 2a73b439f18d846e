package org.tandem.meeting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.tandem.meeting.MeetingFixtures.attend;
import static org.tandem.meeting.MeetingFixtures.meeting;
import static org.tandem.meeting.MeetingFixtures.meetingBody;
import static org.tandem.meeting.MeetingFixtures.sharedPartnership;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class AttendanceResourceTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void staffKeepTheRegisterOfPeopleFromTheirDirectory() {
        TestOrganisation owner = TestOrganisation.create();
        String meeting = meeting(owner);
        String register = "/api/v1/meetings/" + meeting + "/attendance";
        String sue = Fixtures.person(owner, "Sue Boland");
        String michael = Fixtures.person(owner, "Michael Kerin");

        String entry = as(owner.staff())
                .body(Map.of("personId", sue, "roleAsRecorded", "Head of Services for SEL Mind", "status", "ATTENDED",
                        "mode", "ONLINE"))
                .post(register)
                .then().statusCode(201).header("Location", containsString(register + "/")).header("ETag", "\"0\"")
                .body("name", equalTo("Sue Boland")).body("roleAsRecorded", equalTo("Head of Services for SEL Mind"))
                .extract().path("id");
        as(owner.staff()).body(Map.of("personId", michael, "status", "APOLOGIES")).post(register).then().statusCode(201);
        as(owner.staff()).body(Map.of("personId", sue, "status", "ABSENT")).post(register).then().statusCode(409);
        as(owner.staff()).body(Map.of("personId", Fixtures.person(TestOrganisation.create(), "Elsewhere"),
                "status", "ATTENDED")).post(register).then().statusCode(400).body("errors[0].field", equalTo("personId"));

        as(owner.member()).get(register).then().statusCode(200)
                .body("entries.name", equalTo(List.of("Sue Boland", "Michael Kerin")))
                .body("counts.attended", equalTo(1)).body("counts.apologies", equalTo(1)).body("counts.absent", equalTo(0));

        String path = register + "/" + entry;
        as(owner.staff()).body(Map.of("personId", sue, "status", "ATTENDED", "mode", "IN_PERSON", "version", 0))
                .put(path).then().statusCode(200).body("mode", equalTo("IN_PERSON")).body("roleAsRecorded", nullValue())
                .body("version", equalTo(1));
        as(owner.staff()).body(Map.of("personId", sue, "status", "ABSENT", "version", 0)).put(path).then().statusCode(409);
        as(owner.staff()).body(Map.of("personId", michael, "status", "ABSENT", "version", 1)).put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("personId"));
        as(owner.staff()).body(Map.of("status", "SLEEPING")).put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        as(owner.staff()).queryParam("version", 1).delete(path).then().statusCode(204);
        as(owner.member()).get(register).then().body("entries.name", equalTo(List.of("Michael Kerin")));
    }

    @Test
    void theRegisterIsTakenInOneRequest() {
        TestOrganisation owner = TestOrganisation.create();
        String meeting = meeting(owner);
        String register = "/api/v1/meetings/" + meeting + "/attendance";
        String anne = Fixtures.person(owner, "Anne Hooper");
        String jack = Fixtures.person(owner, "Jack Upton");
        String laura = Fixtures.person(owner, "Laura Jenner");
        attend(owner, meeting, anne, "Chair");
        attend(owner, meeting, jack, "System Development Manager (Lewisham)");

        as(owner.staff()).body(Map.of("entries", List.of(
                        Map.of("personId", anne, "status", "ATTENDED", "mode", "IN_PERSON", "version", 0),
                        Map.of("personId", jack, "status", "APOLOGIES", "version", 0),
                        Map.of("personId", laura, "status", "ATTENDED", "mode", "ONLINE"))))
                .put(register)
                .then().statusCode(200)
                .body("entries.name", equalTo(List.of("Anne Hooper", "Jack Upton", "Laura Jenner")))
                .body("entries.status", equalTo(List.of("ATTENDED", "APOLOGIES", "ATTENDED")))
                .body("entries.roleAsRecorded", equalTo(Arrays.asList("Chair", "System Development Manager (Lewisham)", null)))
                .body("entries.version", equalTo(List.of(1, 1, 0)))
                .body("counts.attended", equalTo(2));

        as(owner.staff()).body(Map.of("entries", List.of(Map.of("personId", anne, "status", "ABSENT"))))
                .put(register).then().statusCode(400).body("errors[0].field", equalTo("entries[0].version"));
        as(owner.staff()).body(Map.of("entries", List.of(Map.of("personId", anne, "status", "ABSENT", "version", 0))))
                .put(register).then().statusCode(409);
        as(owner.staff()).body(Map.of("entries", List.of(Map.of("personId", laura, "status", "ABSENT", "version", 0),
                        Map.of("personId", laura, "status", "ATTENDED", "version", 0))))
                .put(register).then().statusCode(400).body("errors[0].field", equalTo("entries[1].personId"));
        as(owner.staff()).body(Map.of("entries", List.of(Map.of("status", "ABSENT"))))
                .put(register).then().statusCode(400).body("errors[0].field", equalTo("entries[0].personId"));
        as(owner.staff()).body(Map.of("entries", List.of())).put(register)
                .then().statusCode(400).body("errors[0].field", equalTo("entries"));
        as(owner.member()).get(register).then().body("entries.status", equalTo(List.of("ATTENDED", "APOLOGIES", "ATTENDED")));
    }

    @Test
    void eachEntryAddedChangedOrRemovedIsOneEntryInTheTrailWithTheRecordedRoleAsPersonalData() throws SQLException {
        TestOrganisation owner = TestOrganisation.create();
        String meeting = meeting(owner);
        String register = "/api/v1/meetings/" + meeting + "/attendance";
        String sue = Fixtures.person(owner, "Sue Boland");
        String requestId = "test-" + UUID.randomUUID();
        String entry = as(owner.staff()).header("X-Request-ID", requestId)
                .body(Map.of("personId", sue, "roleAsRecorded", "Head of Services for SEL Mind", "status", "ATTENDED"))
                .post(register).then().statusCode(201).extract().path("id");
        Trail.of(owner, "attendance", entry).body("totalItems", equalTo(1))
                .body("items[0].action", equalTo("created")).body("items[0].parentId", equalTo(meeting))
                .body("items[0].changes.find { it.field == 'roleAsRecorded' }.personal", equalTo(true))
                .body("items[0].changes.find { it.field == 'roleAsRecorded' }.after", equalTo("Head of Services for SEL Mind"))
                .body("items[0].changes.find { it.field == 'personId' }.personal", equalTo(false));
        List<String> events = events(requestId);
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).startsWith("attendance.created "), events.get(0));
        assertFalse(events.get(0).contains("SEL Mind"), "the recorded role never reaches an event: " + events.get(0));
        assertTrue(events.get(0).contains("roleAsRecorded"), "only its name is among the changed fields");

        String path = register + "/" + entry;
        as(owner.staff()).body(Map.of("personId", sue, "roleAsRecorded", "Head of Services for SEL Mind", "status", "APOLOGIES",
                "version", 0)).put(path).then().statusCode(200);
        Trail.latest(owner, "attendance", entry, 1).body("items[0].action", equalTo("updated"))
                .body("items[0].changes.field", equalTo(List.of("status")));
        Trail.problem(as(owner.staff()).body(Map.of("personId", sue, "status", "ABSENT", "version", 0)).put(path).then(),
                409, "version-conflict");
        Trail.problem(as(owner.staff()).header("If-Match", "\"0\"").delete(path).then(), 412, "version-conflict");
        assertEquals(2, Trail.count(owner, "attendance", entry));

        as(owner.staff()).queryParam("version", 1).delete(path).then().statusCode(204);
        Trail.latest(owner, "attendance", entry, 2).body("items[0].action", equalTo("deleted"))
                .body("items[0].changes.field", hasItem("status"));
    }

    @Test
    void takingTheRegisterRecordsOneEntryForEachEntryItAddsOrChangesAndNoneWhenRefused() {
        TestOrganisation owner = TestOrganisation.create();
        String meeting = meeting(owner);
        String register = "/api/v1/meetings/" + meeting + "/attendance";
        String anne = Fixtures.person(owner, "Anne Hooper");
        String jack = Fixtures.person(owner, "Jack Upton");
        String laura = Fixtures.person(owner, "Laura Jenner");
        String anneEntry = attend(owner, meeting, anne, "Chair");
        String jackEntry = attend(owner, meeting, jack, null);
        int before = Trail.count(owner, "meeting", meeting);

        // Anne changes, Jack is sent as he was, Laura is new: two entries.
        as(owner.staff()).body(Map.of("entries", List.of(
                        Map.of("personId", anne, "status", "APOLOGIES", "mode", "ONLINE", "version", 0),
                        Map.of("personId", jack, "status", "ATTENDED", "mode", "ONLINE", "version", 0),
                        Map.of("personId", laura, "status", "ATTENDED", "mode", "ONLINE"))))
                .put(register).then().statusCode(200);
        Trail.of(owner, "meeting", meeting).body("totalItems", equalTo(before + 2))
                .body("items[0].entityType", equalTo("attendance")).body("items[1].entityType", equalTo("attendance"))
                .body("items[0].action", equalTo("created")).body("items[1].action", equalTo("updated"))
                .body("items[1].entityId", equalTo(anneEntry))
                .body("items[1].changes.field", equalTo(List.of("status")));
        assertEquals(1, Trail.count(owner, "attendance", jackEntry));

        // One stale entry refuses the whole register: nothing is recorded, not even the entries that were current.
        Trail.problem(as(owner.staff()).body(Map.of("entries", List.of(
                        Map.of("personId", jack, "status", "ABSENT", "version", 0),
                        Map.of("personId", anne, "status", "ABSENT", "version", 0)))).put(register).then(),
                409, "version-conflict");
        assertEquals(before + 2, Trail.count(owner, "meeting", meeting));
    }

    private List<String> events(String requestId) throws SQLException {
        List<String> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT type, payload::text FROM outbox_event WHERE request_id = ? ORDER BY seq")) {
            query.setString(1, requestId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    events.add(rows.getString(1) + " " + rows.getString(2));
                }
            }
        }
        return events;
    }

    @Test
    void analystsAndPartnersSeeIdsAndCountsButNoNames() {
        TestOrganisation owner = TestOrganisation.create();
        TestOrganisation participant = TestOrganisation.create();
        String meeting = meeting(owner, meetingBody(sharedPartnership(owner, participant)));
        String sue = Fixtures.person(owner, "Sue Boland");
        attend(owner, meeting, sue, "Head of Services for SEL Mind");
        MeetingFixtures.action(owner, meeting, Map.of("description", "Share the survey", "ownerPersonId", sue));

        for (String token : List.of(owner.analyst(), owner.partner(), participant.partner())) {
            as(token).get("/api/v1/meetings/" + meeting + "/attendance").then().statusCode(200)
                    .body("entries[0].personId", equalTo(sue)).body("entries[0].name", nullValue())
                    .body("entries[0].roleAsRecorded", nullValue()).body("counts.attended", equalTo(1));
            as(token).get("/api/v1/meetings/" + meeting).then().statusCode(200).body("peopleHidden", equalTo(true))
                    .body("attendance.name", everyItem(nullValue()))
                    .body("actions[0].ownerPersonId", equalTo(sue)).body("actions[0].ownerName", nullValue());
        }
        for (String token : List.of(owner.member(), owner.finance(), participant.staff())) {
            as(token).get("/api/v1/meetings/" + meeting).then().statusCode(200).body("peopleHidden", equalTo(false))
                    .body("attendance[0].name", equalTo("Sue Boland"))
                    .body("actions[0].ownerName", equalTo("Sue Boland"));
        }
    }

    @Test
    void onlyStaffOfTheOwnerChangeTheRegister() {
        TestOrganisation owner = TestOrganisation.create();
        TestOrganisation participant = TestOrganisation.create();
        String meeting = meeting(owner, meetingBody(sharedPartnership(owner, participant)));
        String register = "/api/v1/meetings/" + meeting + "/attendance";
        Map<String, Object> body = Map.of("personId", Fixtures.person(participant, "Erica Scott"), "status", "ATTENDED");

        as(participant.staff()).body(body).post(register).then().statusCode(403);
        as(owner.member()).body(body).post(register).then().statusCode(403);
        as(TestOrganisation.create().staff()).body(body).post(register).then().statusCode(404);
        as(TestOrganisation.create().member()).get(register).then().statusCode(404);
        anonymous().get(register).then().statusCode(401);
    }
}
