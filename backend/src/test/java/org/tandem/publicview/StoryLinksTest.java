package org.tandem.publicview;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

/** The story's links: activity to meeting, feedback to the organisation it came from, outcome to decision and responsible organisation. */
@QuarkusTest
class StoryLinksTest {
    private static final String MEETINGS = "/api/v1/meetings/";

    @Test
    void anActivityOfAnyKindLinksToAMeetingOfItsPartnershipAndTheMeetingListsIt() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "P (activity links)");
        String meeting = meeting(icb, partnership);
        String otherMeeting = meeting(icb, Fixtures.partnership(icb, "Another (activity links)"));
        String workshop = as(icb.staff()).body(activity(partnership, "WORKSHOP", "Access workshop", meeting))
                .post("/api/v1/activities").then().statusCode(201).body("meetingId", equalTo(meeting)).extract().path("id");
        as(icb.staff()).body(activity(partnership, "SURVEY", "Unlinked survey", null)).post("/api/v1/activities").then().statusCode(201);
        as(icb.staff()).body(activity(partnership, "SURVEY", "Elsewhere", otherMeeting)).post("/api/v1/activities").then()
                .statusCode(400).body("errors.field", contains("meetingId"));

        as(icb.member()).queryParam("meetingId", meeting).get("/api/v1/activities").then().statusCode(200)
                .body("items.id", contains(workshop)).body("items.title", contains("Access workshop"));
        as(icb.staff()).queryParam("meetingId", "nope").get("/api/v1/activities").then().statusCode(400)
                .body("errors.field", contains("meetingId"));
        // Organisations that cannot see the partnership see none of its activities, by meeting either.
        TestOrganisation stranger = TestOrganisation.create();
        as(stranger.staff()).queryParam("meetingId", meeting).get("/api/v1/activities").then().statusCode(200)
                .body("items", hasSize(0));
    }

    @Test
    void feedbackNamesTheOrganisationItCameFromRegisteredOrTyped() {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation healthwatch = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "P (feedback origin)");
        String registered = as(icb.staff()).body(feedback(partnership, "From a registered one", Map.of("originOrganisationId", healthwatch.id())))
                .post("/api/v1/feedback").then().statusCode(201).body("originOrganisationId", equalTo(healthwatch.id()))
                .body("originOrganisationName", nullValue()).extract().path("id");
        as(icb.staff()).body(feedback(partnership, "From a typed one", Map.of("originOrganisationName", "  Healthwatch Central West London ")))
                .post("/api/v1/feedback").then().statusCode(201).body("originOrganisationId", nullValue())
                .body("originOrganisationName", equalTo("Healthwatch Central West London"));
        as(icb.staff()).body(feedback(partnership, "Both", Map.of("originOrganisationId", healthwatch.id(), "originOrganisationName", "X")))
                .post("/api/v1/feedback").then().statusCode(400).body("errors.field", contains("originOrganisationName"));
        as(icb.staff()).body(feedback(partnership, "Unknown", Map.of("originOrganisationId", UUID.randomUUID().toString())))
                .post("/api/v1/feedback").then().statusCode(400).body("errors.field", contains("originOrganisationId"));
        as(icb.staff()).body(List.of(feedback(partnership, "Bulk", Map.of("originOrganisationId", healthwatch.id(), "originOrganisationName", "X"))))
                .post("/api/v1/feedback/bulk").then().statusCode(400).body("errors.field", contains("items[0].originOrganisationName"));

        // The organisation's page lists the feedback from it, within the partnerships the reader can see.
        as(icb.analyst()).queryParam("originOrganisationId", healthwatch.id()).get("/api/v1/feedback").then().statusCode(200)
                .body("items.id", contains(registered));
        as(healthwatch.staff()).queryParam("originOrganisationId", healthwatch.id()).get("/api/v1/feedback").then().statusCode(200)
                .body("items", hasSize(0));
        as(icb.admin()).queryParam("entityType", "feedback").queryParam("entityId", registered).get("/api/v1/audit").then()
                .body("items[0].changes.find { it.field == 'originOrganisationId' }.after", equalTo(healthwatch.id()));
    }

    @Test
    void anOutcomeLinksToADecisionAndAResponsibleOrganisationAndSaysPubliclyWhereItCameFrom() {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation trust = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "P (outcome links)");
        String meeting = meeting(icb, partnership);
        String item = as(icb.staff()).body(Map.of("kind", "ITEM", "title", "Access", "notes", "Priya Shah said letters confuse.",
                        "decisions", List.of(Map.of("text", "Priya Shah to write to practices."))))
                .post(MEETINGS + meeting + "/agenda-items").then().statusCode(201).extract().path("id");
        String decision = as(icb.staff()).get(MEETINGS + meeting + "/agenda-items/" + item).then().statusCode(200)
                .extract().path("decisions[0].id");
        String workshop = as(icb.staff()).body(activity(partnership, "WORKSHOP", "Primary care access workshop", meeting))
                .post("/api/v1/activities").then().statusCode(201).extract().path("id");
        String theme = as(icb.staff()).body(Map.of("kind", "THEME", "name", "Access to GP (links)")).post("/api/v1/themes")
                .then().statusCode(201).extract().path("id");
        Map<String, Object> said = feedback(partnership, "Priya Shah: my letter made no sense.",
                Map.of("activityId", workshop, "originOrganisationName", "Healthwatch Central West London", "themeIds", List.of(theme)));
        String feedback = as(icb.staff()).body(said).post("/api/v1/feedback").then().statusCode(201).extract().path("id");

        Map<String, Object> body = new HashMap<>(Map.of("partnershipId", partnership, "youSaid", "Letters are confusing",
                "weDid", "Practices rewrote them", "themeIds", List.of(theme), "feedbackIds", List.of(feedback),
                "decisionId", decision, "responsibleOrganisationName", " Central London Community Healthcare ", "published", true));
        String outcome = as(icb.staff()).body(body).post("/api/v1/outcomes").then().statusCode(201)
                .body("responsibleOrganisationName", equalTo("Central London Community Healthcare"))
                .body("responsibleOrganisationId", nullValue()).body("decisionMeeting.meetingId", equalTo(meeting))
                .extract().path("id");
        body.put("responsibleOrganisationId", trust.id());
        as(icb.staff()).body(body).post("/api/v1/outcomes").then().statusCode(400).body("errors.field", contains("responsibleOrganisationName"));
        body.remove("responsibleOrganisationId");
        body.put("responsibleBoardId", Fixtures.board(icb, "Board (links)"));
        as(icb.staff()).body(body).post("/api/v1/outcomes").then().statusCode(400).body("errors.field", contains("responsibleBoardId"));
        body.remove("responsibleBoardId");
        body.remove("responsibleOrganisationName");
        body.put("responsibleOrganisationId", trust.id());
        body.put("youSaid", "Second");
        String second = as(icb.staff()).body(body).post("/api/v1/outcomes").then().statusCode(201).extract().path("id");

        // Both ends: the meeting lists the outcomes its decisions made; the organisation those it is responsible for.
        as(icb.member()).queryParam("meetingId", meeting).get("/api/v1/outcomes").then().statusCode(200)
                .body("items.id", containsInAnyOrder(outcome, second));
        as(icb.staff()).queryParam("responsibleOrganisationId", trust.id()).get("/api/v1/outcomes").then().statusCode(200)
                .body("items.id", contains(second));
        as(icb.staff()).queryParam("themeId", theme).get("/api/v1/outcomes").then().body("items", hasSize(2));
        as(TestOrganisation.create().staff()).queryParam("meetingId", meeting).get("/api/v1/outcomes").then().statusCode(200)
                .body("items", hasSize(0));
        as(icb.staff()).queryParam("meetingId", "x").get("/api/v1/outcomes").then().statusCode(400).body("errors.field", contains("meetingId"));

        // Public: the activity at once, the meeting only once its notes are published; never the feedback or who gave it.
        String publicPath = "/api/v1/public/partnerships/" + partnership + "/outcomes";
        anonymous().get(publicPath).then().statusCode(200)
                .body("outcomes.find { it.id == '" + outcome + "' }.origin.activities", contains("Primary care access workshop"))
                .body("outcomes.find { it.id == '" + outcome + "' }.origin.meeting", nullValue())
                .body("outcomes.find { it.id == '" + outcome + "' }.responsible", equalTo("Central London Community Healthcare"))
                .body("outcomes.find { it.id == '" + outcome + "' }.themes", contains("Access to GP (links)"));
        int version = as(icb.staff()).get(MEETINGS + meeting).then().extract().path("version");
        as(icb.staff()).body(Map.of("version", version)).post(MEETINGS + meeting + "/mark-held").then().statusCode(200);
        as(icb.staff()).body(Map.of("version", version + 1)).post(MEETINGS + meeting + "/publish-notes").then().statusCode(200);
        anonymous().get(publicPath).then().statusCode(200)
                .body("outcomes.find { it.id == '" + outcome + "' }.origin.meeting.id", equalTo(meeting))
                .body("outcomes.find { it.id == '" + outcome + "' }.origin.meeting.title", equalTo("Story links meeting"))
                .body("outcomes.find { it.id == '" + outcome + "' }.origin.meeting.date", equalTo("2024-07-17"))
                .body(not(containsString("Priya"))).body(not(containsString("Healthwatch Central West London")))
                .body(not(containsString("letter made no sense")));
    }

    private static String meeting(TestOrganisation owner, String partnership) {
        Map<String, Object> body = Map.of("partnershipId", partnership, "title", "Story links meeting",
                "startsAt", "2024-07-17T13:45:00+01:00", "endsAt", "2024-07-17T16:00:00+01:00", "format", "ONLINE",
                "onlineLink", "https://meet.example.org/links");
        return as(owner.staff()).body(body).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> activity(String partnership, String kind, String title, String meeting) {
        Map<String, Object> body = new HashMap<>(Map.of("partnershipId", partnership, "kind", kind, "title", title, "heldOn", "2024-07-10"));
        if (meeting != null) {
            body.put("meetingId", meeting);
        }
        return body;
    }

    private static Map<String, Object> feedback(String partnership, String text, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(Map.of("partnershipId", partnership, "text", text, "receivedOn", "2024-07-10"));
        body.putAll(more);
        return body;
    }
}
