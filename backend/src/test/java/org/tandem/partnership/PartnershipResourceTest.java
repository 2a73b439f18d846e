package org.tandem.partnership;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class PartnershipResourceTest {

    @Test
    void staffCreateAPartnershipWithEverythingItHolds() {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation healthwatch = TestOrganisation.create();
        String board = Fixtures.board(icb, "Strategic Board");
        var created = as(icb.staff()).body(Map.of(
                        "name", "Lewisham People's Partnership",
                        "description", "People and communities shaping health and care",
                        "termsOfReference", "Meets five times a year.",
                        "website", "https://www.selondonics.org/lewisham-peoples-partnership",
                        "successCriteria", List.of("People see their views influence decisions", "Seldom-heard voices are heard"),
                        "participantOrganisationIds", List.of(healthwatch.id()),
                        "boardIds", List.of(board)))
                .post("/api/v1/partnerships")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/partnerships/"))
                .header("ETag", "\"0\"")
                .body("ownerOrganisationId", equalTo(icb.id()))
                .body("successCriteria", contains("People see their views influence decisions", "Seldom-heard voices are heard"))
                .body("participantOrganisationIds", contains(healthwatch.id()))
                .body("boards.name", contains("Strategic Board"))
                .body("canEdit", equalTo(true))
                .extract();

        as(icb.member()).get(created.header("Location")).then().statusCode(200)
                .body("termsOfReference", equalTo("Meets five times a year.")).body("canEdit", equalTo(false));
    }

    @Test
    void hubsAreChildPartnershipsOfTheirParent() {
        TestOrganisation icb = TestOrganisation.create();
        String parent = Fixtures.partnership(icb, "People's Partnership");
        String hub = Fixtures.partnership(icb, Map.of("name", "Primary care hub", "parentId", parent));

        as(icb.staff()).get("/api/v1/partnerships/" + parent).then().statusCode(200)
                .body("hubs.id", contains(hub)).body("hubs.name", contains("Primary care hub"));
        as(icb.staff()).queryParam("parentId", parent).get("/api/v1/partnerships").then().statusCode(200)
                .body("items.id", contains(hub));
        as(icb.staff()).queryParam("topLevel", true).get("/api/v1/partnerships").then().statusCode(200)
                .body("items.id", contains(parent));
    }

    @Test
    void aPartnershipCannotBecomeAHubOfItsOwnHub() {
        TestOrganisation icb = TestOrganisation.create();
        String parent = Fixtures.partnership(icb, "Parent");
        String hub = Fixtures.partnership(icb, Map.of("name", "Hub", "parentId", parent));
        as(icb.staff()).body(Map.of("name", "Parent", "parentId", hub, "version", 0))
                .put("/api/v1/partnerships/" + parent)
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void validationNamesEachOffendingField() {
        TestOrganisation icb = TestOrganisation.create();
        as(icb.staff()).body(Map.of("name", "", "website", "not a link", "successCriteria", List.of(" ")))
                .post("/api/v1/partnerships")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("name", "successCriteria[0].<list element>", "website"));
        as(icb.staff()).body(Map.of("name", "X", "participantOrganisationIds", List.of("00000000-0000-0000-0000-000000000001")))
                .post("/api/v1/partnerships")
                .then().statusCode(400).body("errors[0].field", equalTo("participantOrganisationIds"));
        as(icb.staff()).body(Map.of("name", "X", "boardIds", List.of("00000000-0000-0000-0000-000000000001")))
                .post("/api/v1/partnerships")
                .then().statusCode(400).body("errors[0].field", equalTo("boardIds"));
        as(icb.staff()).body(Map.of("name", "X", "parentId", "not-a-uuid"))
                .post("/api/v1/partnerships")
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
    }

    @Test
    void participatingOrganisationsSeeButCannotChangeAndOthersGetNotFound() {
        TestOrganisation owner = TestOrganisation.create();
        TestOrganisation participant = TestOrganisation.create();
        TestOrganisation stranger = TestOrganisation.create();
        String id = Fixtures.partnership(owner, Map.of("name", "Shared", "participantOrganisationIds", List.of(participant.id())));
        String path = "/api/v1/partnerships/" + id;

        as(participant.staff()).get(path).then().statusCode(200).body("canEdit", equalTo(false));
        as(participant.staff()).body(Map.of("name", "Taken over", "version", 0)).put(path).then().statusCode(403);
        as(stranger.staff()).get(path).then().statusCode(404).contentType("application/problem+json");
        as(stranger.staff()).body(Map.of("name", "Taken over", "version", 0)).put(path).then().statusCode(404);
        as(stranger.staff()).get("/api/v1/partnerships").then().statusCode(200).body("items.id", not(hasItem(id)));
        as(participant.analyst()).get("/api/v1/partnerships").then().statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void rolesThatOnlyReadCannotWriteAndAnonymousCallersAreRefused() {
        TestOrganisation icb = TestOrganisation.create();
        for (String role : List.of("member", "analyst", "finance", "partner")) {
            as(icb.token(role)).body(Map.of("name", "Not allowed")).post("/api/v1/partnerships")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        anonymous().get("/api/v1/partnerships").then().statusCode(401);
        as(org.tandem.support.Tokens.withoutOrganisation("staff")).get("/api/v1/partnerships")
                .then().statusCode(403).body("detail", containsString("not linked to an organisation"));
    }

    @Test
    void staleUpdatesAreRefusedAndNothingIsLost() {
        TestOrganisation icb = TestOrganisation.create();
        String path = "/api/v1/partnerships/" + Fixtures.partnership(icb, "Original");
        as(icb.staff()).body(Map.of("name", "First edit", "version", 0)).put(path)
                .then().statusCode(200).body("version", equalTo(1)).header("ETag", "\"1\"");
        as(icb.admin()).body(Map.of("name", "Second edit from a stale page", "version", 0)).put(path)
                .then().statusCode(409).contentType("application/problem+json");
        as(icb.admin()).header("If-Match", "\"0\"").body(Map.of("name", "Stale", "version", 1)).put(path)
                .then().statusCode(412);
        as(icb.staff()).get(path).then().body("name", equalTo("First edit"));
    }

    @Test
    void listsArePaginatedSortedAndSearchable() {
        TestOrganisation icb = TestOrganisation.create();
        for (String name : List.of("Charlie", "alpha", "Bravo", "Delta", "Echo")) {
            Fixtures.partnership(icb, name);
        }
        as(icb.staff()).queryParam("size", 2).queryParam("page", 1).queryParam("sort", "name")
                .get("/api/v1/partnerships").then().statusCode(200)
                .body("items.name", contains("Charlie", "Delta"))
                .body("totalItems", equalTo(5)).body("totalPages", equalTo(3)).body("page", equalTo(1));
        as(icb.staff()).queryParam("sort", "name,desc").queryParam("size", 1)
                .get("/api/v1/partnerships").then().body("items.name", contains("Echo"));
        as(icb.staff()).queryParam("q", "ALP").get("/api/v1/partnerships").then().body("items.name", contains("alpha"));
        as(icb.staff()).queryParam("sort", "name,sideways").get("/api/v1/partnerships")
                .then().statusCode(400).body("errors[0].field", equalTo("sort"));
        as(icb.staff()).queryParam("page", -1).get("/api/v1/partnerships")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        as(icb.staff()).queryParam("parentId", "not-a-uuid").get("/api/v1/partnerships")
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        as(icb.staff()).queryParam("status", "DELETED").get("/api/v1/partnerships")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void archivingKeepsAPartnershipAndDeletingOneWithHubsOrMeetingsIsRefused() {
        TestOrganisation icb = TestOrganisation.create();
        String parent = Fixtures.partnership(icb, "Has hubs");
        Fixtures.partnership(icb, Map.of("name", "Hub", "parentId", parent));
        as(icb.staff()).delete("/api/v1/partnerships/" + parent).then().statusCode(409)
                .body("detail", containsString("Archive it"));
        as(icb.staff()).body(Map.of("name", "Has hubs", "status", "ARCHIVED", "version", 0))
                .put("/api/v1/partnerships/" + parent).then().statusCode(200).body("status", equalTo("ARCHIVED"));
        as(icb.staff()).queryParam("status", "ACTIVE").get("/api/v1/partnerships")
                .then().body("items.id", not(hasItem(parent)));

        String withMeetings = Fixtures.partnership(icb, "Has met");
        as(icb.staff()).body(Map.of("partnershipId", withMeetings, "title", "First meeting", "format", "ONLINE",
                        "startsAt", "2024-07-17T13:45:00+01:00", "endsAt", "2024-07-17T16:00:00+01:00"))
                .post("/api/v1/meetings").then().statusCode(201);
        as(icb.staff()).delete("/api/v1/partnerships/" + withMeetings).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("meetings"));
        as(icb.staff()).queryParam("partnershipId", withMeetings).get("/api/v1/meetings")
                .then().statusCode(200).body("totalItems", equalTo(1));

        String lonely = Fixtures.partnership(icb, "No history");
        as(icb.staff()).delete("/api/v1/partnerships/" + lonely).then().statusCode(204);
        as(icb.staff()).get("/api/v1/partnerships/" + lonely).then().statusCode(404);
    }

    @Test
    void membersHaveRolesAndDatesAndAreHiddenFromAnalysts() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "With members");
        String anne = Fixtures.person(icb, "Anne Hooper");
        String members = "/api/v1/partnerships/" + partnership + "/members";

        String location = as(icb.staff()).body(Map.of("personId", anne, "role", "CHAIR", "title", "Chair", "startedOn", "2023-04-01"))
                .post(members).then().statusCode(201).body("displayName", equalTo("Anne Hooper"))
                .extract().header("Location");
        as(icb.member()).get(members).then().statusCode(200).body("role", contains("CHAIR"));
        as(icb.staff()).get("/api/v1/partnerships/" + partnership).then().body("members.displayName", contains("Anne Hooper"));
        as(icb.analyst()).get("/api/v1/partnerships/" + partnership).then().statusCode(200).body("members", nullValue());
        as(icb.analyst()).get(members).then().statusCode(403);

        as(icb.staff()).body(Map.of("personId", anne, "role", "MEMBER", "startedOn", "2023-04-01", "endedOn", "2023-01-01", "version", 0))
                .put(location).then().statusCode(400).body("errors[0].field", equalTo("endedOn"));
        as(icb.staff()).body(Map.of("personId", anne, "role", "MEMBER", "endedOn", "2024-03-31", "version", 0))
                .put(location).then().statusCode(200).body("role", equalTo("MEMBER")).body("version", equalTo(1));
        as(icb.staff()).delete(location).then().statusCode(204);
        as(icb.staff()).get(members).then().body("size()", equalTo(0));
    }

    @Test
    void membersMustComeFromYourOwnDirectory() {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation other = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "Partnership");
        String outsider = Fixtures.person(other, "Someone Else");
        as(icb.staff()).body(Map.of("personId", outsider, "role", "MEMBER"))
                .post("/api/v1/partnerships/" + partnership + "/members")
                .then().statusCode(400).body("errors[0].field", equalTo("personId"));
    }
}
