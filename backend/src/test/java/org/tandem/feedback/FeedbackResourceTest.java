package org.tandem.feedback;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class FeedbackResourceTest {

    static Map<String, Object> item(String partnershipId, String text) {
        Map<String, Object> item = new HashMap<>();
        item.put("partnershipId", partnershipId);
        item.put("text", text);
        item.put("receivedOn", "2024-07-17");
        item.put("area", "Lewisham North");
        return item;
    }

    static String theme(TestOrganisation owner, String name) {
        return as(owner.staff()).body(Map.of("kind", "THEME", "name", name)).post("/api/v1/themes")
                .then().statusCode(201).extract().path("id");
    }

    static String partnershipWith(TestOrganisation owner, TestOrganisation participant) {
        return Fixtures.partnership(owner, Map.of("name", "People's Partnership", "participantOrganisationIds", List.of(participant.id())));
    }

    @Test
    void staffRecordFeedbackWithAnActivityAndThemes() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "People's Partnership");
        String access = theme(icb, "Access to primary care");
        String activity = as(icb.staff()).body(Map.of("partnershipId", partnership, "kind", "WORKSHOP", "title", "Workshop",
                        "heldOn", "2024-07-17", "reach", Map.of("people", 40, "carers", 6)))
                .post("/api/v1/activities").then().statusCode(201).extract().path("id");
        Map<String, Object> body = item(partnership, "It takes three weeks to see a GP.");
        body.put("activityId", activity);
        body.put("themeIds", List.of(access));
        String location = as(icb.staff()).body(body).post("/api/v1/feedback").then().statusCode(201)
                .body("sourceOrganisationId", equalTo(icb.id())).body("activityId", equalTo(activity))
                .body("themes.name", contains("Access to primary care")).extract().header("Location");
        as(icb.analyst()).get(location).then().statusCode(200).body("text", equalTo("It takes three weeks to see a GP."));
        as(icb.member()).get(location).then().statusCode(403);
        anonymous().get("/api/v1/feedback").then().statusCode(401);
    }

    @Test
    void partnersWriteOnlyForPartnershipsTheirOrganisationTakesPartIn() {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation healthwatch = TestOrganisation.create();
        TestOrganisation stranger = TestOrganisation.create();
        String partnership = partnershipWith(icb, healthwatch);
        String sent = as(healthwatch.partner()).body(item(partnership, "From the partner")).post("/api/v1/feedback")
                .then().statusCode(201).body("sourceOrganisationId", equalTo(healthwatch.id())).extract().path("id");
        as(stranger.partner()).body(item(partnership, "Not mine to send")).post("/api/v1/feedback")
                .then().statusCode(400).body("errors.field", contains("partnershipId"));
        as(icb.staff()).body(item(partnership, "Staff's own")).post("/api/v1/feedback").then().statusCode(201);
        // A partner reads back what its organisation sent, not what others recorded; strangers see nothing.
        as(healthwatch.partner()).queryParam("partnershipId", partnership).get("/api/v1/feedback")
                .then().statusCode(200).body("items.text", contains("From the partner"));
        as(icb.staff()).queryParam("partnershipId", partnership).get("/api/v1/feedback")
                .then().body("totalItems", equalTo(2));
        as(stranger.staff()).queryParam("partnershipId", partnership).get("/api/v1/feedback")
                .then().statusCode(200).body("totalItems", equalTo(0));
        // Partners do not tag: tagging belongs to the owner's staff.
        as(healthwatch.partner()).put("/api/v1/feedback/" + sent + "/themes/" + theme(icb, "T")).then().statusCode(403);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesNothingTwice() {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation healthwatch = TestOrganisation.create();
        String partnership = partnershipWith(icb, healthwatch);
        String partner = healthwatch.partner();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = item(partnership, "Sent once, retried");
        var first = as(partner).header("Idempotency-Key", key).body(body).post("/api/v1/feedback")
                .then().statusCode(201).extract();
        var retry = as(partner).header("Idempotency-Key", key).body(body).post("/api/v1/feedback")
                .then().statusCode(201).extract();
        assertEquals(first.path("id").toString(), retry.path("id").toString());
        assertEquals(first.header("Location"), retry.header("Location"));
        as(icb.staff()).queryParam("partnershipId", partnership).get("/api/v1/feedback").then().body("totalItems", equalTo(1));
        as(partner).header("Idempotency-Key", key).body(item(partnership, "Something else")).post("/api/v1/feedback")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/problems/idempotency-key-reused"));
        // Bulk retries are idempotent too.
        String bulkKey = UUID.randomUUID().toString();
        List<Map<String, Object>> batch = List.of(item(partnership, "One"), item(partnership, "Two"));
        as(partner).header("Idempotency-Key", bulkKey).body(batch).post("/api/v1/feedback/bulk").then().statusCode(200)
                .body("items", hasSize(2));
        as(partner).header("Idempotency-Key", bulkKey).body(batch).post("/api/v1/feedback/bulk").then().statusCode(200)
                .body("items.text", contains("One", "Two"));
        as(icb.staff()).queryParam("partnershipId", partnership).get("/api/v1/feedback").then().body("totalItems", equalTo(3));
    }

    @Test
    void simultaneousFirstAttemptsWithOneKeyAllGetTheOneStoredAnswer() throws Exception {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation healthwatch = TestOrganisation.create();
        String partnership = partnershipWith(icb, healthwatch);
        String partner = healthwatch.partner();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = item(partnership, "Sent twenty times at once");
        int attempts = 20;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(attempts);
        try {
            List<java.util.concurrent.Future<io.restassured.response.Response>> answers = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return as(partner).header("Idempotency-Key", key).body(body).post("/api/v1/feedback");
                }));
            }
            start.countDown();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (var answer : answers) {
                var response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                assertEquals(201, response.statusCode(), response.asString());
                ids.add(response.path("id"));
            }
            assertEquals(1, ids.size(), "every attempt names the one feedback item created");
        } finally {
            pool.shutdownNow();
        }
        as(icb.staff()).queryParam("partnershipId", partnership).get("/api/v1/feedback").then().body("totalItems", equalTo(1));
    }

    @Test
    void bulkIsAllOrNothingAndNamesEachFaultyItem() {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation healthwatch = TestOrganisation.create();
        TestOrganisation stranger = TestOrganisation.create();
        String partnership = partnershipWith(icb, healthwatch);
        String foreign = Fixtures.partnership(stranger, "Not visible");
        List<Map<String, Object>> batch = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            batch.add(item(partnership, "Item " + i));
        }
        batch.get(1).put("text", " ");
        batch.get(3).put("partnershipId", foreign);
        batch.get(4).put("themeIds", List.of(UUID.randomUUID().toString()));
        as(healthwatch.partner()).body(batch).post("/api/v1/feedback/bulk").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("items[1].text", "items[3].partnershipId", "items[4].themeIds"));
        as(icb.staff()).queryParam("partnershipId", partnership).get("/api/v1/feedback").then().body("totalItems", equalTo(0));

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(item(partnership, "x"));
        }
        as(healthwatch.partner()).body(tooMany).post("/api/v1/feedback/bulk").then().statusCode(400)
                .body("errors.field", contains("items"));
        List<Map<String, Object>> full = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            full.add(item(partnership, "Item " + i));
        }
        as(healthwatch.partner()).body(full).post("/api/v1/feedback/bulk").then().statusCode(200).body("items", hasSize(500));
    }

    @Test
    void untaggedQueueAndFilters() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "P");
        String theme = theme(icb, "Integration of services");
        String tagged = as(icb.staff()).body(item(partnership, "Tagged later")).post("/api/v1/feedback").then().extract().path("id");
        Map<String, Object> old = item(partnership, "Old and untagged");
        old.put("receivedOn", "2023-01-05");
        old.put("area", "Lewisham South");
        as(icb.staff()).body(old).post("/api/v1/feedback").then().statusCode(201);
        as(icb.staff()).queryParam("untagged", true).queryParam("partnershipId", partnership).get("/api/v1/feedback")
                .then().body("totalItems", equalTo(2));
        as(icb.staff()).put("/api/v1/feedback/" + tagged + "/themes/" + theme).then().statusCode(200)
                .body("themes.name", contains("Integration of services"));
        as(icb.staff()).queryParam("untagged", true).queryParam("partnershipId", partnership).get("/api/v1/feedback")
                .then().body("items.text", contains("Old and untagged"));
        as(icb.staff()).queryParam("themeId", theme).get("/api/v1/feedback").then().body("items.id", contains(tagged));
        as(icb.staff()).queryParam("partnershipId", partnership).queryParam("from", "2024-01-01").get("/api/v1/feedback")
                .then().body("items.id", contains(tagged));
        as(icb.staff()).queryParam("partnershipId", partnership).queryParam("area", "Lewisham South").get("/api/v1/feedback")
                .then().body("items.text", contains("Old and untagged"));
        as(icb.staff()).queryParam("untagged", "maybe").get("/api/v1/feedback").then().statusCode(400)
                .body("errors.field", contains("untagged"));
        as(icb.staff()).delete("/api/v1/feedback/" + tagged + "/themes/" + theme).then().statusCode(200).body("themes", hasSize(0));
        TestOrganisation other = TestOrganisation.create();
        as(icb.staff()).put("/api/v1/feedback/" + tagged + "/themes/" + theme(other, "Theirs")).then().statusCode(400);
        as(other.staff()).get("/api/v1/feedback/" + tagged).then().statusCode(404);
        as(other.staff()).get("/api/v1/feedback").then().body("items.id", not(hasItem(tagged)));
    }

    @Test
    void bulkTaggingChangesEveryItemOrNone() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "P");
        String access = theme(icb, "Access to primary care");
        String integration = theme(icb, "Integration of services");
        List<String> ids = new ArrayList<>();
        for (String text : List.of("First", "Second", "Third")) {
            ids.add(as(icb.staff()).body(item(partnership, text)).post("/api/v1/feedback").then().statusCode(201).extract().path("id"));
        }
        as(icb.staff()).body(Map.of("feedbackIds", ids, "addThemeIds", List.of(access, integration))).post("/api/v1/feedback/tagging")
                .then().statusCode(200).body("items.id", contains(ids.toArray()))
                .body("items[2].themes.name", contains("Access to primary care", "Integration of services"));
        as(icb.staff()).body(Map.of("feedbackIds", ids.subList(0, 2), "removeThemeIds", List.of(integration)))
                .post("/api/v1/feedback/tagging").then().statusCode(200)
                .body("items[0].themes.name", contains("Access to primary care"));
        as(icb.staff()).queryParam("themeId", integration).get("/api/v1/feedback").then().body("items.id", contains(ids.get(2)));

        TestOrganisation other = TestOrganisation.create();
        String foreign = as(other.staff()).body(item(Fixtures.partnership(other, "Theirs"), "Not yours")).post("/api/v1/feedback")
                .then().statusCode(201).extract().path("id");
        List<String> mixed = List.of(ids.get(0), foreign, UUID.randomUUID().toString());
        as(icb.staff()).body(Map.of("feedbackIds", mixed, "addThemeIds", List.of(integration, theme(other, "Their theme"))))
                .post("/api/v1/feedback/tagging").then().statusCode(400)
                .body("errors.field", containsInAnyOrder("addThemeIds", "feedbackIds[1]", "feedbackIds[2]"));
        as(icb.staff()).get("/api/v1/feedback/" + ids.get(0)).then().body("themes.name", contains("Access to primary care"));
        as(icb.staff()).body(Map.of("feedbackIds", ids)).post("/api/v1/feedback/tagging").then().statusCode(400)
                .body("errors.field", contains("addThemeIds"));
        as(icb.staff()).body(Map.of("feedbackIds", ids, "addThemeIds", List.of(access), "removeThemeIds", List.of(access)))
                .post("/api/v1/feedback/tagging").then().statusCode(400).body("errors.field", contains("removeThemeIds"));
        as(icb.staff()).body(Map.of("feedbackIds", List.of(), "addThemeIds", List.of(access))).post("/api/v1/feedback/tagging")
                .then().statusCode(400).body("errors.field", contains("feedbackIds"));
        as(icb.analyst()).body(Map.of("feedbackIds", ids, "addThemeIds", List.of(access))).post("/api/v1/feedback/tagging")
                .then().statusCode(403);
    }
}
