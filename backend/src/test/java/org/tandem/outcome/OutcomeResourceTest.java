package org.tandem.outcome;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class OutcomeResourceTest {

    /** The trail of one outcome, newest first, as the holding organisation's admin reads it. */
    static ValidatableResponse trail(TestOrganisation holder, String outcomeId) {
        return as(holder.admin()).queryParam("entityType", "outcome").queryParam("entityId", outcomeId)
                .get("/api/v1/audit").then().statusCode(200);
    }

    @Test
    void statusMovesFollowTheTableAreCheckedAgainstIfMatchAndEachIsRecordedOnce() {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation healthwatch = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, Map.of("name", "P", "participantOrganisationIds", List.of(healthwatch.id())));
        String id = as(icb.staff()).body(Map.of("partnershipId", partnership, "youSaid", "Letters are confusing"))
                .post("/api/v1/outcomes").then().statusCode(201)
                .body("allowedActions", contains("EDIT", "CHANGE_STATUS"))
                .body("allowedStatuses", contains("IN_PROGRESS", "DONE", "NOT_POSSIBLE")).extract().path("id");
        String path = "/api/v1/outcomes/" + id;
        trail(icb, id).body("totalItems", equalTo(1)).body("items[0].action", equalTo("created"))
                .body("items[0].changes.find { it.field == 'status' }.after", equalTo("UNDER_CONSIDERATION"));
        // Only the owner's staff and admins may change it; readers get nothing to do.
        as(icb.admin()).get(path).then().body("allowedActions", contains("EDIT", "CHANGE_STATUS"));
        for (String reader : List.of(icb.analyst(), icb.partner(), icb.member(), healthwatch.staff(), healthwatch.admin())) {
            as(reader).get(path).then().statusCode(200).body("allowedActions", hasSize(0)).body("allowedStatuses", hasSize(0));
        }

        // If-Match alone is enough; a stale one is a 412 version conflict and records nothing.
        as(icb.staff()).header("If-Match", "\"7\"").body(Map.of("status", "IN_PROGRESS")).post(path + "/status").then()
                .statusCode(412).body("type", endsWith("/problems/version-conflict"));
        as(icb.staff()).body(Map.of("status", "IN_PROGRESS", "version", 7)).post(path + "/status").then()
                .statusCode(409).body("type", endsWith("/problems/version-conflict"));
        as(icb.staff()).body(Map.of("status", "IN_PROGRESS")).post(path + "/status").then().statusCode(400)
                .body("errors.field", contains("version"));
        trail(icb, id).body("totalItems", equalTo(1));
        as(icb.staff()).header("If-Match", "\"0\"").body(Map.of("status", "IN_PROGRESS")).post(path + "/status").then()
                .statusCode(200).header("ETag", "\"1\"").body("status", equalTo("IN_PROGRESS"))
                .body("allowedStatuses", contains("DONE", "NOT_POSSIBLE"));
        trail(icb, id).body("totalItems", equalTo(2)).body("items[0].action", equalTo("started"))
                .body("items[0].changes.find { it.field == 'status' }.before", equalTo("UNDER_CONSIDERATION"))
                .body("items[0].changes.find { it.field == 'status' }.after", equalTo("IN_PROGRESS"));

        // Not in the table: back to under consideration from in progress; nothing is recorded.
        as(icb.staff()).header("If-Match", "\"1\"").body(Map.of("status", "UNDER_CONSIDERATION")).post(path + "/status").then()
                .statusCode(409).body("type", endsWith("/problems/transition-not-allowed"));
        as(icb.staff()).header("If-Match", "\"1\"").body(Map.of("status", "IN_PROGRESS")).post(path + "/status").then()
                .statusCode(409).body("type", endsWith("/problems/transition-not-allowed"));
        // A participating organisation's staff may not move it.
        as(healthwatch.staff()).header("If-Match", "\"1\"").body(Map.of("status", "DONE")).post(path + "/status").then()
                .statusCode(403);
        trail(icb, id).body("totalItems", equalTo(2));

        as(icb.staff()).header("If-Match", "\"1\"").body(Map.of("status", "DONE")).post(path + "/status").then()
                .statusCode(200).body("completedOn", org.hamcrest.Matchers.notNullValue())
                .body("allowedStatuses", contains("IN_PROGRESS"));
        trail(icb, id).body("items[0].action", equalTo("completed"))
                .body("items[0].changes.field", containsInAnyOrder("status", "completedOn"));
        // Reopened: DONE goes back to IN_PROGRESS and its completion date is cleared.
        as(icb.staff()).body(Map.of("status", "IN_PROGRESS", "reason", "The letters went out without the new wording",
                "version", 2)).post(path + "/status").then().statusCode(200).body("completedOn", nullValue());
        trail(icb, id).body("items[0].action", equalTo("reopened"));
        as(icb.staff()).body(Map.of("status", "NOT_POSSIBLE", "reason", "The print contract ended", "version", 3))
                .post(path + "/status").then().statusCode(200).body("allowedStatuses", contains("UNDER_CONSIDERATION"));
        trail(icb, id).body("items[0].action", equalTo("marked-not-possible"))
                .body("items[0].changes.find { it.field == 'statusReason' }.after", equalTo("The print contract ended"));
        as(icb.staff()).body(Map.of("status", "DONE", "version", 4)).post(path + "/status").then().statusCode(409)
                .body("type", endsWith("/problems/transition-not-allowed"));
        as(icb.staff()).body(Map.of("status", "UNDER_CONSIDERATION", "version", 4)).post(path + "/status").then()
                .statusCode(200).body("history.to", contains("UNDER_CONSIDERATION", "IN_PROGRESS", "DONE", "IN_PROGRESS",
                        "NOT_POSSIBLE", "UNDER_CONSIDERATION"));
        trail(icb, id).body("totalItems", equalTo(6)).body("items[0].action", equalTo("reopened"));
    }

    @Test
    void updatesArePublishedUnpublishedOrUpdatedInTheTrail() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "P");
        Map<String, Object> body = new HashMap<>(Map.of("partnershipId", partnership, "youSaid", "Letters are confusing"));
        String id = as(icb.staff()).body(body).post("/api/v1/outcomes").then().statusCode(201).extract().path("id");
        String path = "/api/v1/outcomes/" + id;
        body.put("weDid", "Letters now explain the options");
        body.put("version", 0);
        as(icb.staff()).body(body).put(path).then().statusCode(200);
        trail(icb, id).body("totalItems", equalTo(2)).body("items[0].action", equalTo("updated"))
                .body("items[0].changes.field", contains("weDid"));
        body.put("published", true);
        body.put("version", 1);
        as(icb.staff()).body(body).put(path).then().statusCode(200);
        trail(icb, id).body("items[0].action", equalTo("published"))
                .body("items[0].changes.field", containsInAnyOrder("published", "publishedAt"));
        // Saved as it was: nothing changed, nothing recorded.
        body.put("version", 2);
        as(icb.staff()).body(body).put(path).then().statusCode(200);
        trail(icb, id).body("totalItems", equalTo(3));
        body.put("published", false);
        body.put("version", 1);
        as(icb.staff()).body(body).put(path).then().statusCode(409).body("type", endsWith("/problems/version-conflict"));
        as(icb.staff()).header("If-Match", "\"1\"").body(body).put(path).then().statusCode(412);
        trail(icb, id).body("totalItems", equalTo(3));
        long version = as(icb.staff()).get(path).then().extract().jsonPath().getLong("version");
        body.put("version", version);
        as(icb.staff()).body(body).put(path).then().statusCode(200);
        trail(icb, id).body("totalItems", equalTo(4)).body("items[0].action", equalTo("unpublished"));
    }

    @Test
    void statusChangesAreKeptAndNotPossibleNeedsAReason() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "P");
        String theme = as(icb.staff()).body(Map.of("kind", "THEME", "name", "Access to primary care")).post("/api/v1/themes")
                .then().extract().path("id");
        String feedback = as(icb.staff()).body(Map.of("partnershipId", partnership, "text", "Jane Doe said appointments are hard",
                "receivedOn", "2024-05-01")).post("/api/v1/feedback").then().statusCode(201).extract().path("id");
        String location = as(icb.staff()).body(Map.of("partnershipId", partnership, "youSaid", "Appointments are hard to get",
                        "themeIds", List.of(theme), "feedbackIds", List.of(feedback), "responsibleOrganisationId", icb.id()))
                .post("/api/v1/outcomes").then().statusCode(201).body("status", equalTo("UNDER_CONSIDERATION"))
                .body("history", hasSize(1)).extract().header("Location");
        as(icb.staff()).body(Map.of("status", "NOT_POSSIBLE", "version", 0)).post(location + "/status").then().statusCode(400)
                .body("errors.field", contains("reason"));
        as(icb.staff()).body(Map.of("status", "IN_PROGRESS", "version", 0)).post(location + "/status").then().statusCode(200)
                .body("version", equalTo(1));
        as(icb.staff()).body(Map.of("status", "NOT_POSSIBLE", "reason", "The contract does not allow it", "version", 1))
                .post(location + "/status").then().statusCode(200).body("statusReason", equalTo("The contract does not allow it"))
                .body("history.to", contains("UNDER_CONSIDERATION", "IN_PROGRESS", "NOT_POSSIBLE"))
                .body("history[2].from", equalTo("IN_PROGRESS"));
        as(icb.staff()).body(Map.of("status", "DONE", "version", 0)).post(location + "/status").then().statusCode(409);
        as(icb.member()).body(Map.of("status", "DONE", "version", 2)).post(location + "/status").then().statusCode(403);
        TestOrganisation other = TestOrganisation.create();
        as(other.staff()).get(location).then().statusCode(404);
        Map<String, Object> foreign = new HashMap<>(Map.of("partnershipId", partnership, "youSaid", "X"));
        foreign.put("feedbackIds", List.of(feedback));
        as(other.staff()).body(foreign).post("/api/v1/outcomes").then().statusCode(400);
    }

    @Test
    void publicViewShowsOnlyPublishedOutcomesWithoutPersonalData() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "Lewisham People's Partnership");
        String board = Fixtures.board(icb, "Strategic Board");
        String feedback = as(icb.staff()).body(Map.of("partnershipId", partnership, "text", "Jane Doe of 4 Acacia Road said so",
                "receivedOn", "2024-05-01")).post("/api/v1/feedback").then().statusCode(201).extract().path("id");
        Map<String, Object> body = new HashMap<>(Map.of("partnershipId", partnership, "youSaid", "Letters are confusing",
                "weDid", "Letters now explain the options", "feedbackIds", List.of(feedback), "responsibleBoardId", board));
        String published = as(icb.staff()).body(body).post("/api/v1/outcomes").then().statusCode(201).extract().path("id");
        body.put("published", true);
        body.put("version", 0);
        as(icb.staff()).body(body).put("/api/v1/outcomes/" + published).then().statusCode(200)
                .body("published", equalTo(true)).body("publishedAt", notNullValue());
        as(icb.staff()).body(Map.of("partnershipId", partnership, "youSaid", "Draft, not public")).post("/api/v1/outcomes")
                .then().statusCode(201);
        String json = anonymous().get("/api/v1/public/partnerships/" + partnership + "/outcomes").then().statusCode(200)
                .body("partnershipName", equalTo("Lewisham People's Partnership"))
                .body("outcomes.youSaid", contains("Letters are confusing"))
                .body("outcomes[0].responsible", equalTo("Strategic Board"))
                .body("outcomes[0].feedbackCount", equalTo(1))
                .body(not(containsString("Jane Doe"))).body(not(containsString("changedBy")))
                .body(not(containsString("Test staff")))
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertFalse(json.contains("history"), json);
        anonymous().get("/api/v1/public/partnerships/" + java.util.UUID.randomUUID() + "/outcomes").then().statusCode(404);
        // Only these public endpoints are open: the rest still needs a token.
        anonymous().get("/api/v1/outcomes/" + published).then().statusCode(401);
    }
}
