package org.tandem.partnership;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class PartnershipResourceTest {
    @Inject
    AgroalDataSource dataSource;

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
        as(icb.staff()).queryParam("version", 0).delete("/api/v1/partnerships/" + parent).then().statusCode(409)
                .body("detail", containsString("Archive it"));
        as(icb.staff()).body(Map.of("name", "Has hubs", "status", "ARCHIVED", "version", 0))
                .put("/api/v1/partnerships/" + parent).then().statusCode(200).body("status", equalTo("ARCHIVED"));
        as(icb.staff()).queryParam("status", "ACTIVE").get("/api/v1/partnerships")
                .then().body("items.id", not(hasItem(parent)));

        String withMeetings = Fixtures.partnership(icb, "Has met");
        as(icb.staff()).body(Map.of("partnershipId", withMeetings, "title", "First meeting", "format", "ONLINE",
                        "startsAt", "2024-07-17T13:45:00+01:00", "endsAt", "2024-07-17T16:00:00+01:00"))
                .post("/api/v1/meetings").then().statusCode(201);
        as(icb.staff()).queryParam("version", 0).delete("/api/v1/partnerships/" + withMeetings).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("meetings"));
        as(icb.staff()).queryParam("partnershipId", withMeetings).get("/api/v1/meetings")
                .then().statusCode(200).body("totalItems", equalTo(1));

        String lonely = Fixtures.partnership(icb, "No history");
        as(icb.staff()).queryParam("version", 0).delete("/api/v1/partnerships/" + lonely).then().statusCode(204);
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
        as(icb.staff()).header("If-Match", "\"1\"").delete(location).then().statusCode(204);
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

    @Test
    void eachWriteIsOneAuditEntryAndOneEventAndRefusedWritesLeaveNone() throws SQLException {
        TestOrganisation icb = TestOrganisation.create();
        String id = Fixtures.partnership(icb, "Recorded");
        String path = "/api/v1/partnerships/" + id;
        trail(icb, "partnership", id).body("totalItems", equalTo(1)).body("items[0].action", equalTo("created"))
                .body("items[0].changes.field", hasItem("name"));

        as(icb.staff()).body(Map.of("name", "Recorded (renamed)", "termsOfReference", "Meets monthly.", "version", 0)).put(path)
                .then().statusCode(200);
        trail(icb, "partnership", id).body("totalItems", equalTo(2)).body("items[0].action", equalTo("updated"))
                .body("items[0].changes.field", contains("name", "termsOfReference"))
                .body("items[0].changes.find { it.field == 'name' }.before", equalTo("Recorded"))
                .body("items[0].changes.find { it.field == 'name' }.after", equalTo("Recorded (renamed)"));

        // Refused: stale body version, stale If-Match, invalid body, no version: no entries.
        as(icb.staff()).body(Map.of("name", "Stale", "version", 0)).put(path).then().statusCode(409)
                .body("type", endsWith("/problems/version-conflict"));
        as(icb.staff()).header("If-Match", "\"0\"").body(Map.of("name", "Stale")).put(path).then().statusCode(412)
                .body("type", endsWith("/problems/version-conflict"));
        as(icb.staff()).body(Map.of("name", "", "version", 1)).put(path).then().statusCode(400);
        as(icb.staff()).body(Map.of("name", "Same", "version", 1, "parentId", id)).put(path).then().statusCode(400);
        trail(icb, "partnership", id).body("totalItems", equalTo(2));

        // Saving it as it is changes nothing and records nothing.
        as(icb.staff()).body(Map.of("name", "Recorded (renamed)", "termsOfReference", "Meets monthly.", "version", 1)).put(path)
                .then().statusCode(200);
        trail(icb, "partnership", id).body("totalItems", equalTo(2));

        as(icb.staff()).body(Map.of("name", "Recorded (renamed)", "termsOfReference", "Meets monthly.", "status", "ARCHIVED",
                "version", 1)).put(path).then().statusCode(200).body("status", equalTo("ARCHIVED"));
        trail(icb, "partnership", id).body("totalItems", equalTo(3)).body("items[0].action", equalTo("archived"))
                .body("items[0].changes.field", contains("status"));
        assertEquals(List.of("partnership.created", "partnership.updated", "partnership.archived"), events(id));
    }

    @Test
    void anArchivedPartnershipIsRestoredBeforeItIsEditedAndDeletesCheckTheVersion() {
        TestOrganisation icb = TestOrganisation.create();
        String id = Fixtures.partnership(icb, Map.of("name", "Old group", "status", "ARCHIVED"));
        String path = "/api/v1/partnerships/" + id;
        as(icb.staff()).body(Map.of("name", "Edited while archived", "status", "ARCHIVED", "version", 0)).put(path)
                .then().statusCode(409).body("type", endsWith("/problems/transition-not-allowed"))
                .body("detail", containsString("restore it"));
        trail(icb, "partnership", id).body("totalItems", equalTo(1));
        as(icb.staff()).body(Map.of("name", "Old group, back", "version", 0)).put(path)
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        trail(icb, "partnership", id).body("totalItems", equalTo(2)).body("items[0].action", equalTo("restored"))
                .body("items[0].changes.field", contains("name", "status"));

        as(icb.staff()).delete(path).then().statusCode(400).body("errors[0].field", equalTo("version"));
        as(icb.staff()).header("If-Match", "\"0\"").delete(path).then().statusCode(412)
                .body("type", endsWith("/problems/version-conflict"));
        as(icb.staff()).queryParam("version", 0).delete(path).then().statusCode(409)
                .body("type", endsWith("/problems/version-conflict"));
        trail(icb, "partnership", id).body("totalItems", equalTo(2));
        as(icb.staff()).header("If-Match", "\"1\"").delete(path).then().statusCode(204);
        trail(icb, "partnership", id).body("totalItems", equalTo(3)).body("items[0].action", equalTo("deleted"))
                .body("items[0].changes.find { it.field == 'name' }.before", equalTo("Old group, back"))
                .body("items[0].changes.find { it.field == 'name' }.after", nullValue());
    }

    @Test
    void aDeleteRefusedForItsHistoryLeavesNoEntry() {
        TestOrganisation icb = TestOrganisation.create();
        String parent = Fixtures.partnership(icb, "Has hubs");
        Fixtures.partnership(icb, Map.of("name", "Hub", "parentId", parent));
        as(icb.staff()).queryParam("version", 0).delete("/api/v1/partnerships/" + parent).then().statusCode(409)
                .body("type", endsWith("/problems/business-rule"));
        String withMeetings = Fixtures.partnership(icb, "Has met");
        as(icb.staff()).body(Map.of("partnershipId", withMeetings, "title", "First meeting", "format", "ONLINE",
                        "startsAt", "2024-07-17T13:45:00+01:00", "endsAt", "2024-07-17T16:00:00+01:00"))
                .post("/api/v1/meetings").then().statusCode(201);
        as(icb.staff()).queryParam("version", 0).delete("/api/v1/partnerships/" + withMeetings).then().statusCode(409);
        trail(icb, "partnership", parent).body("items.action", contains("created"));
        as(icb.admin()).queryParam("entityType", "partnership").queryParam("entityId", withMeetings).queryParam("action", "deleted")
                .get("/api/v1/audit").then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void allowedActionsFollowTheTransitionTableForTheOwnersStaffOnly() {
        TestOrganisation owner = TestOrganisation.create();
        TestOrganisation participant = TestOrganisation.create();
        String id = Fixtures.partnership(owner, Map.of("name", "Shared", "participantOrganisationIds", List.of(participant.id())));
        String path = "/api/v1/partnerships/" + id;
        as(owner.staff()).get(path).then().body("allowedActions", contains("EDIT", "ARCHIVE", "DELETE"));
        as(owner.admin()).get(path).then().body("allowedActions", contains("EDIT", "ARCHIVE", "DELETE"));
        for (String token : List.of(owner.member(), owner.analyst(), owner.finance(), participant.staff(), participant.admin())) {
            as(token).get(path).then().statusCode(200).body("allowedActions", empty());
        }
        Fixtures.partnership(owner, Map.of("name", "Hub", "parentId", id));
        as(owner.staff()).get(path).then().body("allowedActions", contains("EDIT", "ARCHIVE"));
        as(owner.staff()).body(Map.of("name", "Shared", "participantOrganisationIds", List.of(participant.id()),
                "status", "ARCHIVED", "version", 0)).put(path).then().statusCode(200).body("allowedActions", contains("RESTORE"));
    }

    @Test
    void memberChangesAreRecordedAsPartsOfThePartnershipWithTheTitleAsPersonalData() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "With members");
        String anne = Fixtures.person(icb, "Anne Hooper");
        String members = "/api/v1/partnerships/" + partnership + "/members";
        String member = as(icb.staff()).body(Map.of("personId", anne, "role", "CHAIR", "title", "Chair of the group"))
                .post(members).then().statusCode(201).extract().path("id");
        trail(icb, "partnership-member", member).body("totalItems", equalTo(1))
                .body("items[0].action", equalTo("created"))
                .body("items[0].parentType", equalTo("partnership")).body("items[0].parentId", equalTo(partnership))
                .body("items[0].changes.find { it.field == 'personId' }.after", equalTo(anne))
                .body("items[0].changes.find { it.field == 'title' }.personal", equalTo(true))
                .body("items[0].changes.find { it.field == 'title' }.after", equalTo("Chair of the group"));

        String path = members + "/" + member;
        as(icb.staff()).body(Map.of("personId", anne, "role", "MEMBER", "version", 0)).put(path).then().statusCode(200);
        as(icb.staff()).body(Map.of("personId", anne, "role", "OFFICER", "version", 0)).put(path).then().statusCode(409)
                .body("type", endsWith("/problems/version-conflict"));
        trail(icb, "partnership-member", member).body("totalItems", equalTo(2)).body("items[0].action", equalTo("updated"))
                .body("items[0].changes.field", contains("role", "title"));

        as(icb.staff()).delete(path).then().statusCode(400).body("errors[0].field", equalTo("version"));
        as(icb.staff()).header("If-Match", "\"0\"").delete(path).then().statusCode(412)
                .body("type", endsWith("/problems/version-conflict"));
        as(icb.staff()).header("If-Match", "\"1\"").delete(path).then().statusCode(204);
        trail(icb, "partnership-member", member).body("totalItems", equalTo(3)).body("items[0].action", equalTo("deleted"));
        // The partnership's history includes its members'.
        as(icb.admin()).queryParam("entityId", partnership).get("/api/v1/audit").then().statusCode(200)
                .body("totalItems", equalTo(4));
    }

    @Test
    void deletingAPartnershipRecordsItsMembersGoingWithIt() throws SQLException {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "Short-lived");
        String member = as(icb.staff()).body(Map.of("personId", Fixtures.person(icb, "Sam Okafor"), "role", "MEMBER"))
                .post("/api/v1/partnerships/" + partnership + "/members").then().statusCode(201).extract().path("id");
        as(icb.staff()).queryParam("version", 0).delete("/api/v1/partnerships/" + partnership).then().statusCode(204);
        trail(icb, "partnership-member", member).body("items.action", contains("deleted", "created"));
        assertEquals(List.of("partnership-member.created", "partnership-member.deleted"), events(member));
    }

    private static ValidatableResponse trail(TestOrganisation org, String type, String id) {
        return as(org.admin()).queryParam("entityType", type).queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200);
    }

    private List<String> events(String entityId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT type FROM outbox_event WHERE entity_id = ?::uuid ORDER BY seq")) {
            query.setString(1, entityId);
            List<String> types = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
            return types;
        }
    }
}
