package org.tandem.activity;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class ActivityResourceTest {

    @Test
    void activitiesRecordReachAsCountsAndAreScoped() {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation partner = TestOrganisation.create();
        TestOrganisation stranger = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, Map.of("name", "P", "participantOrganisationIds", List.of(partner.id())));
        String location = as(icb.staff()).body(Map.of("partnershipId", partnership, "kind", "SURVEY", "title", "Access survey",
                        "heldOn", "2024-06-01", "audience", "Residents", "reach", Map.of("people", 212, "youngPeople", 31,
                                "ethnicMinorityGroups", 58, "peopleWithDisability", 17)))
                .post("/api/v1/activities").then().statusCode(201).header("ETag", "\"0\"")
                .body("reach.people", equalTo(212)).body("reach.carers", equalTo(null)).extract().header("Location");
        as(partner.partner()).get(location).then().statusCode(200).body("title", equalTo("Access survey"));
        as(stranger.staff()).get(location).then().statusCode(404);
        as(partner.staff()).body(Map.of("partnershipId", partnership, "kind", "OTHER", "title", "X", "heldOn", "2024-06-01"))
                .post("/api/v1/activities").then().statusCode(403);
        as(icb.staff()).body(Map.of("partnershipId", partnership, "kind", "WORKSHOP", "title", "X", "heldOn", "2024-06-01",
                "reach", Map.of("people", -1))).post("/api/v1/activities").then().statusCode(400)
                .body("errors.field", contains("reach.people"));
        as(icb.staff()).body(Map.of("partnershipId", partnership, "kind", "WORKSHOP", "title", "X", "heldOn", "2024-06-01",
                "meetingId", java.util.UUID.randomUUID())).post("/api/v1/activities").then().statusCode(400)
                .body("errors.field", contains("meetingId"));
        as(icb.staff()).body(Map.of("partnershipId", partnership, "kind", "SURVEY", "title", "Access survey 2024",
                "heldOn", "2024-06-01", "version", 0)).put(location).then().statusCode(200).body("version", equalTo(1));
        as(icb.staff()).queryParam("partnershipId", partnership).queryParam("kind", "SURVEY").get("/api/v1/activities")
                .then().body("items.title", contains("Access survey 2024"));
    }
}
