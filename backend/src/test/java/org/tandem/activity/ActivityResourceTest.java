package org.tandem.activity;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.equalTo;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
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

    @Test
    void chooserSearchFindsActivitiesByTitleOnlyInVisiblePartnerships() {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation stranger = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "P");
        String hidden = Fixtures.partnership(stranger, "Q");
        for (String title : List.of("Pharmacy drop-in", "Carers' pharmacy survey", "Dental workshop")) {
            as(icb.staff()).body(Map.of("partnershipId", partnership, "kind", "OTHER", "title", title, "heldOn", "2024-06-01"))
                    .post("/api/v1/activities").then().statusCode(201);
        }
        as(stranger.staff()).body(Map.of("partnershipId", hidden, "kind", "OTHER", "title", "Pharmacy elsewhere",
                "heldOn", "2024-06-01")).post("/api/v1/activities").then().statusCode(201);
        as(icb.staff()).queryParam("q", "PHARMACY").queryParam("sort", "title").queryParam("size", 1)
                .get("/api/v1/activities").then().statusCode(200)
                .body("items.title", contains("Carers' pharmacy survey")).body("totalItems", equalTo(2))
                .body("totalPages", equalTo(2));
        as(icb.staff()).queryParam("q", "pharmacy").queryParam("sort", "title").queryParam("size", 1).queryParam("page", 1)
                .get("/api/v1/activities").then().body("items.title", contains("Pharmacy drop-in"));
        as(icb.staff()).queryParam("q", "x".repeat(201)).get("/api/v1/activities").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void eachWriteIsOneAuditEntryHeldByThePartnershipsOwner() {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation partner = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, Map.of("name", "P", "participantOrganisationIds", List.of(partner.id())));
        String id = as(icb.staff()).body(Map.of("partnershipId", partnership, "kind", "WORKSHOP", "title", "Carers' workshop",
                "heldOn", "2024-06-01", "reach", Map.of("people", 40))).post("/api/v1/activities").then().statusCode(201)
                .extract().path("id");
        String path = "/api/v1/activities/" + id;
        trail(icb, id).body("totalItems", equalTo(1)).body("items[0].action", equalTo("created"))
                .body("items[0].changes.find { it.field == 'reachPeople' }.after", equalTo(40))
                .body("items[0].changes.field", hasItem("partnershipId"));

        as(icb.staff()).body(Map.of("partnershipId", partnership, "kind", "WORKSHOP", "title", "Carers' workshop",
                "heldOn", "2024-06-01", "reach", Map.of("people", 42, "carers", 12), "version", 0)).put(path).then().statusCode(200);
        trail(icb, id).body("totalItems", equalTo(2)).body("items[0].action", equalTo("updated"))
                .body("items[0].changes.field", contains("reachCarers", "reachPeople"));

        Map<String, Object> stale = Map.of("partnershipId", partnership, "kind", "SURVEY", "title", "Stale", "heldOn", "2024-06-01",
                "version", 0);
        as(icb.staff()).body(stale).put(path).then().statusCode(409).body("type", endsWith("/problems/version-conflict"));
        as(icb.staff()).header("If-Match", "\"0\"").body(Map.of("partnershipId", partnership, "kind", "SURVEY", "title", "Stale",
                "heldOn", "2024-06-01")).put(path).then().statusCode(412).body("type", endsWith("/problems/version-conflict"));
        as(partner.staff()).body(Map.of("partnershipId", partnership, "kind", "SURVEY", "title", "Taken over",
                "heldOn", "2024-06-01", "version", 1)).put(path).then().statusCode(403);
        as(icb.staff()).body(Map.of("partnershipId", partnership, "kind", "WORKSHOP", "title", "X", "heldOn", "2024-06-01",
                "meetingId", java.util.UUID.randomUUID(), "version", 1)).put(path).then().statusCode(400);
        trail(icb, id).body("totalItems", equalTo(2));
        // The taking-part organisation's admin reads none of the owner's history.
        as(partner.admin()).queryParam("entityId", id).get("/api/v1/audit").then().statusCode(200).body("totalItems", equalTo(0));
    }

    private static ValidatableResponse trail(TestOrganisation org, String id) {
        return as(org.admin()).queryParam("entityType", "activity").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200);
    }
}
