package org.tandem.meeting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.tandem.meeting.MeetingFixtures.action;
import static org.tandem.meeting.MeetingFixtures.agendaItem;
import static org.tandem.meeting.MeetingFixtures.meeting;
import static org.tandem.meeting.MeetingFixtures.meetingBody;
import static org.tandem.meeting.MeetingFixtures.sharedPartnership;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class ActionResourceTest {
    private static final String ACTIONS = "/api/v1/actions";

    @Test
    void anActionIsRecordedOnAMeetingAndSaysWhereItCameFrom() {
        TestOrganisation owner = TestOrganisation.create();
        String meeting = meeting(owner);
        String item = agendaItem(owner, meeting, Map.of("kind", "ITEM", "title", "Feeding back"));
        String julie = Fixtures.person(owner, "Julie Clayton");

        String location = as(owner.staff())
                .body(Map.of("description", "Feed back to the main WTG on 14 September", "agendaItemId", item,
                        "ownerPersonId", julie, "dueOn", "2017-09-14"))
                .post("/api/v1/meetings/" + meeting + "/actions")
                .then().statusCode(201).header("Location", containsString(ACTIONS + "/")).header("ETag", "\"0\"")
                .body("status", equalTo("OPEN")).body("overdue", equalTo(true)).body("closedAt", nullValue())
                .extract().header("Location");
        as(owner.member()).get(location).then().statusCode(200)
                .body("meeting.id", equalTo(meeting)).body("meeting.title", equalTo("Lewisham People's Partnership"))
                .body("meeting.date", equalTo("2024-07-17")).body("meeting.startsAt", equalTo("2024-07-17T13:45:00+01:00"))
                .body("agendaItemId", equalTo(item)).body("ownerName", equalTo("Julie Clayton"))
                .body("dueOn", equalTo("2017-09-14"));
        as(owner.analyst()).get(location).then().statusCode(200)
                .body("ownerPersonId", equalTo(julie)).body("ownerName", nullValue());
    }

    @Test
    void anActionIsClosedAsDoneOrDroppedAndCanBeReopened() {
        TestOrganisation owner = TestOrganisation.create();
        String path = ACTIONS + "/" + action(owner, meeting(owner), Map.of("description", "Review the ToR"));

        as(owner.staff()).body(Map.of("status", "OPEN", "version", 0)).post(path + "/close")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        as(owner.staff()).body(Map.of("status", "DONE", "version", 0)).post(path + "/close")
                .then().statusCode(200).body("status", equalTo("DONE")).body("closedAt", notNullValue())
                .body("version", equalTo(1)).body("overdue", equalTo(false));
        as(owner.staff()).body(Map.of("status", "DROPPED", "version", 1)).post(path + "/close")
                .then().statusCode(409).contentType("application/problem+json");
        as(owner.staff()).body(Map.of("version", 0)).post(path + "/reopen").then().statusCode(409)
                .body("title", equalTo("Version conflict")).body("type", containsString("/problems/version-conflict"));
        as(owner.staff()).body(Map.of("version", 1)).post(path + "/reopen")
                .then().statusCode(200).body("status", equalTo("OPEN")).body("closedAt", nullValue());
        as(owner.staff()).body(Map.of("version", 2)).post(path + "/reopen").then().statusCode(409);
        as(owner.member()).body(Map.of("status", "DONE", "version", 2)).post(path + "/close").then().statusCode(403);
    }

    @Test
    void eachChangeToAnActionIsOneEntryNamedByItsTransition() {
        TestOrganisation owner = TestOrganisation.create();
        String meeting = meeting(owner);
        String id = action(owner, meeting, Map.of("description", "Review the ToR", "dueOn", "2099-01-31"));
        String path = ACTIONS + "/" + id;
        Trail.of(owner, "action", id).body("totalItems", equalTo(1)).body("items[0].action", equalTo("created"))
                .body("items[0].parentType", equalTo("meeting")).body("items[0].parentId", equalTo(meeting))
                .body("items[0].changes.find { it.field == 'status' }.after", equalTo("OPEN"));

        as(owner.staff()).body(Map.of("description", "Review the terms of reference", "dueOn", "2099-01-31", "version", 0))
                .put(path).then().statusCode(200);
        Trail.latest(owner, "action", id, 1).body("items[0].action", equalTo("updated"))
                .body("items[0].changes.field", equalTo(List.of("description")));
        as(owner.staff()).header("If-Match", "\"1\"").body(Map.of("status", "DROPPED")).post(path + "/close")
                .then().statusCode(200);
        Trail.latest(owner, "action", id, 2).body("items[0].action", equalTo("closed"))
                .body("items[0].changes.field", equalTo(List.of("closedAt", "status")))
                .body("items[0].changes.find { it.field == 'status' }.before", equalTo("OPEN"))
                .body("items[0].changes.find { it.field == 'status' }.after", equalTo("DROPPED"));

        Trail.problem(as(owner.staff()).body(Map.of("status", "DONE", "version", 2)).post(path + "/close").then(), 409,
                "transition-not-allowed");
        Trail.problem(as(owner.staff()).header("If-Match", "\"1\"").body(Map.of()).post(path + "/reopen").then(), 412,
                "version-conflict");
        Trail.problem(as(owner.staff()).body(Map.of("version", 1)).post(path + "/reopen").then(), 409, "version-conflict");
        as(owner.staff()).body(Map.of("status", "OPEN", "version", 2)).post(path + "/close").then().statusCode(400);
        assertEquals(3, Trail.count(owner, "action", id));

        as(owner.staff()).body(Map.of("version", 2)).post(path + "/reopen").then().statusCode(200);
        Trail.latest(owner, "action", id, 3).body("items[0].action", equalTo("reopened"));
        Trail.problem(as(owner.staff()).body(Map.of("version", 3)).post(path + "/reopen").then(), 409, "transition-not-allowed");
        assertEquals(4, Trail.count(owner, "action", id));
    }

    @Test
    void allowedActionsFollowTheActionsStateForThoseWhoRunItsMeetingOnly() {
        TestOrganisation owner = TestOrganisation.create();
        TestOrganisation participant = TestOrganisation.create();
        String meeting = meeting(owner, meetingBody(sharedPartnership(owner, participant)));
        String path = ACTIONS + "/" + action(owner, meeting, Map.of("description", "Share the notes"));

        as(owner.staff()).get(path).then().body("allowedActions", equalTo(List.of("EDIT", "CLOSE")));
        as(owner.admin()).get("/api/v1/meetings/" + meeting).then()
                .body("actions[0].allowedActions", equalTo(List.of("EDIT", "CLOSE")));
        as(owner.staff()).body(Map.of("status", "DONE", "version", 0)).post(path + "/close")
                .then().statusCode(200).body("allowedActions", equalTo(List.of("EDIT", "REOPEN")));
        as(owner.staff()).queryParams(Map.of("meetingId", meeting, "status", "DONE")).get(ACTIONS)
                .then().body("items[0].allowedActions", equalTo(List.of("EDIT", "REOPEN")));
        for (String token : List.of(owner.member(), owner.finance(), owner.analyst(), owner.partner(),
                participant.staff(), participant.admin(), participant.member())) {
            as(token).get(path).then().statusCode(200).body("allowedActions", empty());
            as(token).get("/api/v1/meetings/" + meeting).then().statusCode(200).body("actions[0].allowedActions", empty());
        }
    }

    @Test
    void updatesAreVersionedAndPointOnlyAtThisMeetingAndDirectory() {
        TestOrganisation owner = TestOrganisation.create();
        String meeting = meeting(owner);
        String path = ACTIONS + "/" + action(owner, meeting, Map.of("description", "Draft the survey"));
        String otherItem = agendaItem(owner, meeting(owner), Map.of("kind", "ITEM", "title", "Elsewhere"));

        as(owner.staff()).body(Map.of("description", "Draft the co-production survey", "dueOn", "2099-01-31", "version", 0))
                .put(path).then().statusCode(200).body("version", equalTo(1)).body("dueOn", equalTo("2099-01-31"));
        as(owner.staff()).body(Map.of("description", "Lost update", "version", 0)).put(path).then().statusCode(409);
        as(owner.staff()).header("If-Match", "\"0\"").body(Map.of("description", "Lost update")).put(path)
                .then().statusCode(412);
        as(owner.staff()).body(Map.of("description", "x", "agendaItemId", otherItem, "version", 1)).put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("agendaItemId"));
        as(owner.staff()).body(Map.of("description", "x", "ownerPersonId",
                        Fixtures.person(TestOrganisation.create(), "Stranger"), "version", 1))
                .put(path).then().statusCode(400).body("errors[0].field", equalTo("ownerPersonId"));
        as(owner.staff()).body(Map.of("description", " ", "dueOn", "31/01/2099")).put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("dueOn"));
        as(owner.staff()).body(Map.of("description", " ", "version", 1)).put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("description"));
    }

    @Test
    void theListCarriesOpenActionsAcrossMeetingsWithFilters() {
        TestOrganisation owner = TestOrganisation.create();
        String lpp = Fixtures.partnership(owner, "LPP");
        String july = meeting(owner, meetingBody(lpp));
        String september = meeting(owner, meetingBody(lpp));
        String julie = Fixtures.person(owner, "Julie Clayton");
        String overdue = action(owner, july, Map.of("description", "Overdue", "dueOn", "2024-08-01", "ownerPersonId", julie));
        String later = action(owner, september, Map.of("description", "Later", "dueOn", "2099-08-01"));
        String undated = action(owner, september, Map.of("description", "Undated"));
        String done = action(owner, july, Map.of("description", "Done", "dueOn", "2024-07-30"));
        as(owner.staff()).body(Map.of("status", "DONE", "version", 0)).post(ACTIONS + "/" + done + "/close")
                .then().statusCode(200);
        action(owner, meeting(owner), Map.of("description", "Another partnership"));

        as(owner.member()).queryParam("partnershipId", lpp).get(ACTIONS).then().statusCode(200)
                .body("items.id", equalTo(List.of(overdue, later, undated)))
                .body("items[0].meeting.id", equalTo(july)).body("items[0].ownerName", equalTo("Julie Clayton"));
        as(owner.member()).queryParams(Map.of("partnershipId", lpp, "status", List.of("DONE", "DROPPED"))).get(ACTIONS)
                .then().body("items.id", equalTo(List.of(done)));
        as(owner.member()).queryParams(Map.of("partnershipId", lpp, "status", List.of("OPEN", "DONE"),
                "sort", "createdAt,desc")).get(ACTIONS).then().body("items.id", equalTo(List.of(done, undated, later, overdue)));
        as(owner.member()).queryParams(Map.of("partnershipId", lpp, "overdue", true)).get(ACTIONS)
                .then().body("items.id", equalTo(List.of(overdue)));
        as(owner.member()).queryParams(Map.of("partnershipId", lpp, "overdue", false)).get(ACTIONS)
                .then().body("items.id", equalTo(List.of(later, undated)));
        as(owner.member()).queryParams(Map.of("partnershipId", lpp, "dueBefore", "2099-01-01")).get(ACTIONS)
                .then().body("items.id", equalTo(List.of(overdue)));
        as(owner.member()).queryParams(Map.of("ownerPersonId", julie)).get(ACTIONS)
                .then().body("items.id", equalTo(List.of(overdue)));
        as(owner.member()).queryParams(Map.of("meetingId", september)).get(ACTIONS)
                .then().body("items.id", equalTo(List.of(later, undated)));
        as(owner.member()).queryParams(Map.of("partnershipId", lpp, "size", 2, "page", 1)).get(ACTIONS)
                .then().body("items.id", equalTo(List.of(undated))).body("totalItems", equalTo(3))
                .body("totalPages", equalTo(2));
        as(owner.analyst()).queryParam("partnershipId", lpp).get(ACTIONS)
                .then().body("items[0].ownerPersonId", equalTo(julie)).body("items[0].ownerName", nullValue());

        as(TestOrganisation.create().staff()).queryParam("partnershipId", lpp).get(ACTIONS)
                .then().statusCode(200).body("totalItems", equalTo(0));
        for (String parameter : List.of("status", "overdue", "dueBefore", "ownerPersonId", "sort")) {
            as(owner.member()).queryParam(parameter, "nonsense").get(ACTIONS)
                    .then().statusCode(400).body("errors[0].field", equalTo(parameter));
        }
    }

    @Test
    void onlyStaffOfTheOwnerRecordAndChangeActions() {
        TestOrganisation owner = TestOrganisation.create();
        TestOrganisation participant = TestOrganisation.create();
        String meeting = meeting(owner, meetingBody(sharedPartnership(owner, participant)));
        String path = ACTIONS + "/" + action(owner, meeting, Map.of("description", "Share the notes"));

        as(participant.member()).get(path).then().statusCode(200);
        as(participant.staff()).body(Map.of("description", "x", "version", 0)).put(path).then().statusCode(403);
        as(participant.staff()).body(Map.of("description", "x")).post("/api/v1/meetings/" + meeting + "/actions")
                .then().statusCode(403);
        TestOrganisation stranger = TestOrganisation.create();
        as(stranger.staff()).get(path).then().statusCode(404);
        as(stranger.staff()).body(Map.of("status", "DONE", "version", 0)).post(path + "/close").then().statusCode(404);
        anonymous().get(ACTIONS).then().statusCode(401);
    }
}
