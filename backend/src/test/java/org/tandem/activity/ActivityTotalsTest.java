package org.tandem.activity;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class ActivityTotalsTest {

    private static void activity(TestOrganisation owner, String partnership, String heldOn, Map<String, Integer> reach) {
        Map<String, Object> body = new HashMap<>(Map.of("partnershipId", partnership, "kind", "WORKSHOP", "title", "Workshop " + heldOn,
                "heldOn", heldOn));
        if (reach != null) {
            body.put("reach", reach);
        }
        as(owner.staff()).body(body).post("/api/v1/activities").then().statusCode(201);
    }

    @Test
    void countsTheActivitiesOfThePeriodAndSumsTheirReachPerCategory() {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation healthwatch = TestOrganisation.create();
        TestOrganisation stranger = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, Map.of("name", "P", "participantOrganisationIds", List.of(healthwatch.id())));
        String hub = Fixtures.partnership(icb, "Hub");
        // The financial year 2024/25: its first and last days count, the days either side do not.
        activity(icb, partnership, "2024-04-01", Map.of("people", 40, "carers", 6, "youngPeople", 3));
        activity(icb, partnership, "2025-03-31", Map.of("people", 25, "ethnicMinorityGroups", 9, "peopleWithDisability", 2));
        activity(icb, hub, "2024-10-15", null);
        activity(icb, partnership, "2024-03-31", Map.of("people", 1000));
        activity(icb, partnership, "2025-04-01", Map.of("people", 1000));
        String theirs = Fixtures.partnership(stranger, "Theirs");
        activity(stranger, theirs, "2024-06-01", Map.of("people", 500));

        as(icb.staff()).queryParam("from", "2024-04-01").queryParam("to", "2025-03-31").get("/api/v1/activities/totals")
                .then().statusCode(200)
                .body("from", equalTo("2024-04-01")).body("to", equalTo("2025-03-31")).body("partnershipId", nullValue())
                .body("activities", equalTo(3)).body("activitiesWithReach", equalTo(2))
                .body("reach.people", equalTo(65)).body("reach.carers", equalTo(6)).body("reach.youngPeople", equalTo(3))
                .body("reach.ethnicMinorityGroups", equalTo(9)).body("reach.peopleWithDisability", equalTo(2));
        as(icb.analyst()).queryParam("partnershipId", hub).queryParam("from", "2024-04-01").queryParam("to", "2025-03-31")
                .get("/api/v1/activities/totals").then().statusCode(200)
                .body("activities", equalTo(1)).body("activitiesWithReach", equalTo(0)).body("reach.people", equalTo(0));
        // A participating organisation counts the partnership it takes part in; an unrelated one counts only its own.
        as(healthwatch.partner()).queryParam("from", "2024-04-01").queryParam("to", "2025-03-31").get("/api/v1/activities/totals")
                .then().statusCode(200).body("activities", equalTo(2)).body("reach.people", equalTo(65));
        as(stranger.staff()).queryParam("partnershipId", partnership).get("/api/v1/activities/totals")
                .then().statusCode(200).body("activities", equalTo(0));
        as(stranger.staff()).get("/api/v1/activities/totals").then().statusCode(200)
                .body("activities", equalTo(1)).body("reach.people", equalTo(500));
        // Open ends: everything up to a day, or from a day on.
        as(icb.staff()).queryParam("to", "2024-03-31").get("/api/v1/activities/totals").then().statusCode(200)
                .body("from", nullValue()).body("activities", equalTo(1)).body("reach.people", equalTo(1000));

        as(icb.staff()).queryParam("from", "2025-04-01").queryParam("to", "2025-03-31").get("/api/v1/activities/totals")
                .then().statusCode(400).body("errors.field", contains("from"));
        as(icb.staff()).queryParam("to", "31/03/2025").get("/api/v1/activities/totals")
                .then().statusCode(400).body("errors.field", contains("to"));
        as(icb.finance()).get("/api/v1/activities/totals").then().statusCode(403);
    }
}
