package org.tandem.meeting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.meeting.MeetingFixtures.agendaItem;
import static org.tandem.meeting.MeetingFixtures.meeting;
import static org.tandem.meeting.MeetingFixtures.meetingBody;
import static org.tandem.meeting.MeetingFixtures.sharedPartnership;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class AgendaItemResourceTest {

    @Test
    void theAgendaOfSeed002IsKeptInOrderWithTimesNotesAndDecisions() {
        TestOrganisation owner = TestOrganisation.create();
        String meeting = meeting(owner);
        String items = "/api/v1/meetings/" + meeting + "/agenda-items";
        agendaItem(owner, meeting, Map.of("kind", "ARRIVALS", "title", "Arrivals",
                "plannedStart", "2024-07-17T13:45:00+01:00", "plannedEnd", "2024-07-17T14:00:00+01:00"));
        String review = as(owner.staff()).body(Map.of("kind", "ITEM", "title", "Update on the Year One Review",
                        "plannedStart", "2024-07-17T13:15:00Z", "presenter", "Anne Hooper, Chair",
                        "notes", "Anne gave a brief overview of the work undertaken on the Year One Review.",
                        "decisions", List.of(Map.of("text", "The development of hubs would provide an effective framework."),
                                Map.of("text", "The Year Two action plan is finalised in September."))))
                .post(items)
                .then().statusCode(201).header("Location", containsString(items + "/")).header("ETag", "\"0\"")
                .body("position", equalTo(2)).body("plannedStart", equalTo("2024-07-17T14:15:00+01:00"))
                .body("decisions.position", equalTo(List.of(1, 2)))
                .extract().path("id");
        agendaItem(owner, meeting, Map.of("kind", "BREAK", "title", "Break"));

        as(owner.member()).get(items).then().statusCode(200)
                .body("meetingVersion", equalTo(0))
                .body("items.kind", equalTo(List.of("ARRIVALS", "ITEM", "BREAK")))
                .body("items[1].id", equalTo(review)).body("items[1].decisions", hasSize(2));
        as(owner.member()).get("/api/v1/meetings/" + meeting).then().statusCode(200)
                .body("agendaItems.title", equalTo(List.of("Arrivals", "Update on the Year One Review", "Break")))
                .body("agendaItems[1].presenter", equalTo("Anne Hooper, Chair"));
    }

    @Test
    void editingAnItemKeepsTheIdsOfTheDecisionsItKeeps() {
        TestOrganisation owner = TestOrganisation.create();
        String meeting = meeting(owner);
        String item = "/api/v1/meetings/" + meeting + "/agenda-items/" + agendaItem(owner, meeting, Map.of(
                "kind", "ITEM", "title", "Improving primary care",
                "decisions", List.of(Map.of("text", "Engage with PPGs"), Map.of("text", "Set up a hub"))));
        List<String> ids = as(owner.member()).get(item).then().statusCode(200).extract().path("decisions.id");

        List<Map<String, Object>> decisions = List.of(Map.of("id", ids.get(1), "text", "Set up a primary care hub"),
                Map.of("text", "Find out the engagement budget"));
        as(owner.staff()).body(Map.of("kind", "ITEM", "title", "Improving primary care", "decisions", decisions,
                        "version", 0))
                .put(item).then().statusCode(200).header("ETag", "\"1\"")
                .body("decisions[0].id", equalTo(ids.get(1))).body("decisions[0].position", equalTo(1))
                .body("decisions[0].text", equalTo("Set up a primary care hub"))
                .body("decisions[1].id", not(equalTo(ids.get(0))))
                .body("decisions", hasSize(2));

        // That edit changed only decisions, and the version moved: decisions are part of the item's version.
        as(owner.staff()).body(Map.of("kind", "ITEM", "title", "Improving primary care", "version", 0))
                .put(item).then().statusCode(409);
        as(owner.staff()).body(Map.of("kind", "ITEM", "title", "Improving primary care", "version", 1,
                        "decisions", List.of(Map.of("id", ids.get(0), "text", "Removed already"))))
                .put(item).then().statusCode(400).body("errors[0].field", equalTo("decisions[0].id"));
    }

    @Test
    void reorderingNeedsEveryItemOnceAndTheMeetingVersion() {
        TestOrganisation owner = TestOrganisation.create();
        String meeting = meeting(owner);
        String items = "/api/v1/meetings/" + meeting + "/agenda-items";
        String a = agendaItem(owner, meeting, Map.of("kind", "ITEM", "title", "A"));
        String b = agendaItem(owner, meeting, Map.of("kind", "ITEM", "title", "B"));
        String c = agendaItem(owner, meeting, Map.of("kind", "ANY_OTHER_BUSINESS", "title", "AOB"));

        as(owner.staff()).body(Map.of("version", 0, "itemIds", List.of(c, a, b))).put(items + "/order")
                .then().statusCode(200).header("ETag", "\"1\"").body("meetingVersion", equalTo(1))
                .body("items.id", equalTo(List.of(c, a, b))).body("items.position", equalTo(List.of(1, 2, 3)));
        as(owner.staff()).body(Map.of("version", 0, "itemIds", List.of(a, b, c))).put(items + "/order")
                .then().statusCode(409);
        as(owner.staff()).body(Map.of("version", 1, "itemIds", List.of(a, b))).put(items + "/order")
                .then().statusCode(400).body("errors[0].field", equalTo("itemIds"));
        as(owner.staff()).body(Map.of("version", 1, "itemIds", List.of(a, a, b))).put(items + "/order")
                .then().statusCode(400).body("errors[0].field", equalTo("itemIds"));

        as(owner.staff()).queryParam("version", 0).delete(items + "/" + a).then().statusCode(204);
        as(owner.member()).get(items).then()
                .body("items.id", equalTo(List.of(c, b))).body("items.position", equalTo(List.of(1, 2)));
        as(owner.staff()).delete(items + "/" + b).then().statusCode(400).body("errors[0].field", equalTo("version"));
        as(owner.staff()).header("If-Match", "\"7\"").delete(items + "/" + b).then().statusCode(412);
        as(owner.staff()).queryParam("version", 0).delete(items + "/" + a).then().statusCode(404);
    }

    @Test
    void eachChangeToTheAgendaIsOneEntryAndAReorderOneOnTheMeeting() {
        TestOrganisation owner = TestOrganisation.create();
        String meeting = meeting(owner);
        String items = "/api/v1/meetings/" + meeting + "/agenda-items";
        String a = agendaItem(owner, meeting, Map.of("kind", "ITEM", "title", "Year One Review", "presenter", "Anne Hooper, Chair",
                "decisions", List.of(Map.of("text", "Develop hubs"))));
        String b = agendaItem(owner, meeting, Map.of("kind", "BREAK", "title", "Break"));
        Trail.of(owner, "agenda-item", a).body("totalItems", equalTo(1))
                .body("items[0].action", equalTo("created")).body("items[0].parentType", equalTo("meeting"))
                .body("items[0].parentId", equalTo(meeting))
                .body("items[0].changes.find { it.field == 'presenter' }.personal", equalTo(true))
                .body("items[0].changes.find { it.field == 'presenter' }.after", equalTo("Anne Hooper, Chair"))
                .body("items[0].changes.find { it.field == 'decisions' }.after", equalTo(List.of("Develop hubs")));

        as(owner.staff()).body(Map.of("kind", "ITEM", "title", "Year One Review", "presenter", "Anne Hooper, Chair",
                        "notes", "The review was welcomed.", "decisions", List.of(Map.of("text", "Develop hubs")), "version", 0))
                .put(items + "/" + a).then().statusCode(200);
        // The decision kept its wording but got a new id: it was left out and added again.
        Trail.latest(owner, "agenda-item", a, 1).body("items[0].action", equalTo("updated"))
                .body("items[0].changes.field", equalTo(List.of("decisionIds", "notes")))
                .body("items[0].changes.find { it.field == 'notes' }.before", nullValue());

        // A reorder: one entry, on the meeting, with the order before and after; none on the items.
        as(owner.staff()).body(Map.of("version", 0, "itemIds", List.of(b, a))).put(items + "/order").then().statusCode(200);
        Trail.of(owner, "meeting", meeting).body("items[0].action", equalTo("agenda-reordered"))
                .body("items[0].entityType", equalTo("meeting"))
                .body("items[0].changes.field", equalTo(List.of("agendaOrder")))
                .body("items[0].changes[0].before", equalTo(List.of(a, b)))
                .body("items[0].changes[0].after", equalTo(List.of(b, a)));
        assertEquals(1, Trail.count(owner, "agenda-item", b));
        int meetingEntries = Trail.count(owner, "meeting", meeting);

        Trail.problem(as(owner.staff()).body(Map.of("version", 0, "itemIds", List.of(a, b))).put(items + "/order").then(),
                409, "version-conflict");
        Trail.problem(as(owner.staff()).header("If-Match", "\"0\"").body(Map.of("itemIds", List.of(a, b)))
                .put(items + "/order").then(), 412, "version-conflict");
        Trail.problem(as(owner.staff()).header("If-Match", "\"0\"").delete(items + "/" + a).then(), 412, "version-conflict");
        Trail.problem(as(owner.staff()).body(Map.of("kind", "ITEM", "title", "Lost", "version", 0)).put(items + "/" + a).then(),
                409, "version-conflict");
        as(owner.staff()).body(Map.of("version", 1, "itemIds", List.of(a))).put(items + "/order").then().statusCode(400);
        assertEquals(meetingEntries, Trail.count(owner, "meeting", meeting));

        as(owner.staff()).header("If-Match", "\"1\"").delete(items + "/" + a).then().statusCode(204);
        Trail.latest(owner, "agenda-item", a, 2).body("items[0].action", equalTo("deleted"))
                .body("items[0].changes.field", hasItem("title"))
                .body("items[0].changes.find { it.field == 'title' }.after", nullValue());
        assertEquals(meetingEntries + 1, Trail.count(owner, "meeting", meeting)); // the meeting's trail holds its parts'
    }

    @Test
    void validationNamesEachField() {
        TestOrganisation owner = TestOrganisation.create();
        String items = "/api/v1/meetings/" + meeting(owner) + "/agenda-items";
        as(owner.staff()).body(Map.of("title", "", "plannedStart", "2024-07-17T14:00:00+01:00",
                        "plannedEnd", "2024-07-17T13:00:00+01:00", "decisions", List.of(Map.of("text", " "))))
                .post(items)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("decisions[0].text", "kind", "plannedEnd", "title")));
        as(owner.staff()).body(Map.of("kind", "LUNCH", "title", "x")).post(items)
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
    }

    @Test
    void onlyStaffOfTheOwnerChangeTheAgenda() {
        TestOrganisation owner = TestOrganisation.create();
        TestOrganisation participant = TestOrganisation.create();
        String meeting = meeting(owner, meetingBody(sharedPartnership(owner, participant)));
        String items = "/api/v1/meetings/" + meeting + "/agenda-items";
        String item = agendaItem(owner, meeting, Map.of("kind", "ITEM", "title", "A"));
        Map<String, Object> body = Map.of("kind", "ITEM", "title", "B", "version", 0);

        as(participant.partner()).get(items + "/" + item).then().statusCode(200);
        as(participant.staff()).body(body).post(items).then().statusCode(403);
        as(participant.staff()).body(body).put(items + "/" + item).then().statusCode(403);
        as(owner.member()).body(body).post(items).then().statusCode(403);
        as(TestOrganisation.create().staff()).get(items).then().statusCode(404);
        as(owner.staff()).get("/api/v1/meetings/" + meeting(owner) + "/agenda-items/" + item).then().statusCode(404);
        anonymous().get(items).then().statusCode(401);
    }
}
