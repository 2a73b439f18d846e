package org.tandem.feedback;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;
import org.tandem.support.Tokens;

@QuarkusTest
class FeedbackResourceTest {
    @Inject
    AgroalDataSource dataSource;

    /** The trail of one feedback item, newest first, as the holding organisation's admin reads it. */
    static ValidatableResponse trail(TestOrganisation holder, String feedbackId) {
        return as(holder.admin()).queryParam("entityType", "feedback").queryParam("entityId", feedbackId)
                .get("/api/v1/audit").then().statusCode(200);
    }

    /** How many feedback entries the holding organisation's trail has, with {@code action} (or any, when null). */
    static int entries(TestOrganisation holder, String action) {
        var request = as(holder.admin()).queryParam("entityType", "feedback").queryParam("size", 1);
        if (action != null) {
            request.queryParam("action", action);
        }
        return request.get("/api/v1/audit").then().statusCode(200).extract().path("totalItems");
    }

    /** The events in the outbox about one record, and their payloads. */
    List<String> events(String entityId) throws SQLException {
        return events(dataSource, entityId);
    }

    static List<String> events(AgroalDataSource dataSource, String entityId) throws SQLException {
        List<String> payloads = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT type || ' ' || payload::text FROM outbox_event WHERE entity_id = ?::uuid ORDER BY seq")) {
            query.setString(1, entityId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    payloads.add(rows.getString(1));
                }
            }
        }
        return payloads;
    }

    @Test
    void eachFeedbackCreatedIsRecordedOnceAndAReplayRecordsNothing() throws SQLException {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation healthwatch = TestOrganisation.create();
        String partnership = partnershipWith(icb, healthwatch);
        String partner = Tokens.partnerClient(healthwatch.code());
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = item(partnership, "Jane at number 4 waited three weeks for a GP.");
        String id = as(partner).header("Idempotency-Key", key).body(body).post("/api/v1/feedback")
                .then().statusCode(201).extract().path("id");
        as(partner).header("Idempotency-Key", key).body(body).post("/api/v1/feedback").then().statusCode(201)
                .body("id", equalTo(id));
        // Held by the partnership's owner, though the partner sent it; the text is a resident's own words: personal.
        trail(icb, id).body("totalItems", equalTo(1)).body("items[0].action", equalTo("created"))
                .body("items[0].actor.kind", equalTo("PARTNER_CLIENT"))
                .body("items[0].changes.find { it.field == 'text' }.personal", equalTo(true))
                .body("items[0].changes.find { it.field == 'text' }.after", equalTo("Jane at number 4 waited three weeks for a GP."))
                .body("items[0].changes.find { it.field == 'area' }.after", equalTo("Lewisham North"))
                .body("items[0].changes.find { it.field == 'sourceOrganisationId' }.after", equalTo(healthwatch.id()));
        List<String> events = events(id);
        assertEquals(1, events.size(), events.toString());
        assertTrue(events.get(0).startsWith("feedback.created "), events.get(0));
        assertTrue(events.get(0).contains("\"organisationId\": \"" + icb.id() + "\""), events.get(0));
        assertFalse(events.get(0).contains("Jane"), "the resident's words never reach an event: " + events.get(0));
        as(healthwatch.admin()).queryParam("entityType", "feedback").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200).body("totalItems", equalTo(0));

        String bulkKey = UUID.randomUUID().toString();
        List<Map<String, Object>> batch = List.of(item(partnership, "One"), item(partnership, "Two"));
        List<String> ids = as(partner).header("Idempotency-Key", bulkKey).body(batch).post("/api/v1/feedback/bulk")
                .then().statusCode(200).extract().path("items.id");
        as(partner).header("Idempotency-Key", bulkKey).body(batch).post("/api/v1/feedback/bulk").then().statusCode(200);
        for (String created : ids) {
            trail(icb, created).body("totalItems", equalTo(1)).body("items[0].action", equalTo("created"));
            assertEquals(1, events(created).size(), "one event for " + created);
        }
        assertEquals(3, entries(icb, null));
        // A refused import (one bad item) records nothing.
        List<Map<String, Object>> refused = new ArrayList<>(List.of(item(partnership, "Fine"), item(partnership, " ")));
        as(partner).body(refused).post("/api/v1/feedback/bulk").then().statusCode(400);
        as(partner).body(item(partnership, " ")).post("/api/v1/feedback").then().statusCode(400);
        assertEquals(3, entries(icb, null));
    }

    @Test
    void taggingAndUntaggingRecordOneEntryPerFeedbackChanged() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "P");
        String access = theme(icb, "Access to primary care");
        String integration = theme(icb, "Integration of services");
        List<String> ids = new ArrayList<>();
        for (String text : List.of("First", "Second", "Third")) {
            ids.add(as(icb.staff()).body(item(partnership, text)).post("/api/v1/feedback").then().statusCode(201).extract().path("id"));
        }
        as(icb.staff()).put("/api/v1/feedback/" + ids.get(0) + "/themes/" + access).then().statusCode(200);
        trail(icb, ids.get(0)).body("totalItems", equalTo(2)).body("items[0].action", equalTo("tagged"))
                .body("items[0].changes.field", contains("themeIds"))
                .body("items[0].changes[0].before", hasSize(0)).body("items[0].changes[0].after", contains(access));
        // Tagging twice changes nothing and records nothing.
        as(icb.staff()).put("/api/v1/feedback/" + ids.get(0) + "/themes/" + access).then().statusCode(200);
        assertEquals(1, entries(icb, "tagged"));
        // In bulk: one entry per item that changed; the first already had the theme.
        as(icb.staff()).body(Map.of("feedbackIds", ids, "addThemeIds", List.of(access))).post("/api/v1/feedback/tagging")
                .then().statusCode(200);
        assertEquals(3, entries(icb, "tagged"));
        trail(icb, ids.get(1)).body("totalItems", equalTo(2)).body("items[0].action", equalTo("tagged"));
        // Adding one theme while removing another is a tagging; removing only is an untagging.
        as(icb.staff()).body(Map.of("feedbackIds", ids.subList(0, 2), "addThemeIds", List.of(integration),
                "removeThemeIds", List.of(access))).post("/api/v1/feedback/tagging").then().statusCode(200);
        trail(icb, ids.get(0)).body("totalItems", equalTo(3)).body("items[0].action", equalTo("tagged"))
                .body("items[0].changes[0].before", contains(access)).body("items[0].changes[0].after", contains(integration));
        as(icb.staff()).body(Map.of("feedbackIds", ids, "removeThemeIds", List.of(access))).post("/api/v1/feedback/tagging")
                .then().statusCode(200);
        assertEquals(1, entries(icb, "untagged"));
        trail(icb, ids.get(2)).body("items[0].action", equalTo("untagged"));
        as(icb.staff()).delete("/api/v1/feedback/" + ids.get(0) + "/themes/" + integration).then().statusCode(200);
        trail(icb, ids.get(0)).body("totalItems", equalTo(4)).body("items[0].action", equalTo("untagged"))
                .body("items[0].changes[0].after", hasSize(0));
        int before = entries(icb, null);
        // Refused: nothing changes, nothing is recorded.
        as(icb.staff()).body(Map.of("feedbackIds", List.of(ids.get(0), UUID.randomUUID().toString()), "addThemeIds", List.of(access)))
                .post("/api/v1/feedback/tagging").then().statusCode(400);
        as(icb.staff()).put("/api/v1/feedback/" + ids.get(1) + "/themes/" + UUID.randomUUID()).then().statusCode(400);
        assertEquals(before, entries(icb, null));
        // The trail says who: staff, by name.
        trail(icb, ids.get(0)).body("items[0].actor.name", equalTo("Test staff")).body("items[0].parentType", nullValue());
    }

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
