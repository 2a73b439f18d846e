package org.tandem.outcome;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class OutcomeResourceTest {

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
