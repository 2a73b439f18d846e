package org.tandem.board;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class BoardResourceTest {

    @Test
    void staffCreateReadAndUpdateABoard() {
        TestOrganisation council = TestOrganisation.create();
        TestOrganisation icb = TestOrganisation.create();
        String location = as(council.staff()).body(Map.of("name", "Health and Wellbeing Board", "statutory", true,
                        "description", "Statutory board", "participantOrganisationIds", List.of(icb.id())))
                .post("/api/v1/boards")
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("statutory", equalTo(true)).body("participantOrganisationIds", contains(icb.id()))
                .extract().header("Location");
        as(icb.member()).get(location).then().statusCode(200).body("name", equalTo("Health and Wellbeing Board"))
                .body("canEdit", equalTo(false));
        as(council.admin()).body(Map.of("name", "Health and Wellbeing Board (bi-borough)", "version", 0)).put(location)
                .then().statusCode(200).body("version", equalTo(1)).body("statutory", equalTo(false));
        as(council.staff()).body(Map.of("name", "Stale", "version", 0)).put(location).then().statusCode(409);
    }

    @Test
    void boardsAreScopedByOrganisation() {
        TestOrganisation council = TestOrganisation.create();
        TestOrganisation member = TestOrganisation.create();
        TestOrganisation stranger = TestOrganisation.create();
        String id = as(council.staff()).body(Map.of("name", "Board", "participantOrganisationIds", List.of(member.id())))
                .post("/api/v1/boards").then().statusCode(201).extract().path("id");
        as(stranger.staff()).get("/api/v1/boards/" + id).then().statusCode(404);
        as(stranger.staff()).get("/api/v1/boards").then().body("items.id", not(hasItem(id)));
        as(member.staff()).body(Map.of("name", "Renamed", "version", 0)).put("/api/v1/boards/" + id).then().statusCode(403);
        as(council.analyst()).body(Map.of("name", "X")).post("/api/v1/boards").then().statusCode(403);
        anonymous().get("/api/v1/boards").then().statusCode(401);
    }

    @Test
    void validationAndPagination() {
        TestOrganisation council = TestOrganisation.create();
        as(council.staff()).body(Map.of("name", " ", "website", "javascript:alert(1)")).post("/api/v1/boards")
                .then().statusCode(400).body("errors.field", contains("name", "website"));
        for (String name : List.of("B board", "a board", "C board")) {
            Fixtures.board(council, name);
        }
        as(council.staff()).queryParam("size", 2).get("/api/v1/boards").then().statusCode(200)
                .body("items.name", contains("a board", "B board")).body("totalPages", equalTo(2));
    }

    @Test
    void aBoardThatPartnershipsReportToIsArchivedNotDeleted() {
        TestOrganisation council = TestOrganisation.create();
        String board = Fixtures.board(council, "Strategic Board");
        Fixtures.partnership(council, Map.of("name", "Reports up", "boardIds", List.of(board)));
        as(council.staff()).queryParam("version", 0).delete("/api/v1/boards/" + board).then().statusCode(409)
                .body("type", endsWith("/problems/business-rule")).body("detail", containsString("Archive"));
        trail(council, board).body("items.action", contains("created"));
        as(council.staff()).queryParam("boardId", board).get("/api/v1/partnerships")
                .then().body("items.name", contains("Reports up"));
        String unused = Fixtures.board(council, "Unused");
        as(council.staff()).delete("/api/v1/boards/" + unused).then().statusCode(400).body("errors[0].field", equalTo("version"));
        as(council.staff()).header("If-Match", "\"3\"").delete("/api/v1/boards/" + unused).then().statusCode(412)
                .body("type", endsWith("/problems/version-conflict"));
        as(council.staff()).header("If-Match", "\"0\"").delete("/api/v1/boards/" + unused).then().statusCode(204);
        trail(council, unused).body("items.action", contains("deleted", "created"))
                .body("items[0].changes.find { it.field == 'name' }.before", equalTo("Unused"));
    }

    @Test
    void eachWriteIsOneAuditEntryAndRefusedOnesLeaveNone() {
        TestOrganisation council = TestOrganisation.create();
        TestOrganisation icb = TestOrganisation.create();
        String id = Fixtures.board(council, "Health and Wellbeing Board");
        String path = "/api/v1/boards/" + id;
        trail(council, id).body("totalItems", equalTo(1)).body("items[0].action", equalTo("created"))
                .body("items[0].changes.field", hasItem("statutory"));
        as(council.staff()).body(Map.of("name", "Health and Wellbeing Board", "statutory", true,
                "participantOrganisationIds", List.of(icb.id()), "version", 0)).put(path).then().statusCode(200);
        trail(council, id).body("totalItems", equalTo(2)).body("items[0].action", equalTo("updated"))
                .body("items[0].changes.field", contains("participantOrganisationIds", "statutory"))
                .body("items[0].changes.find { it.field == 'participantOrganisationIds' }.after", contains(icb.id()));

        as(council.staff()).body(Map.of("name", "Stale", "version", 0)).put(path).then().statusCode(409)
                .body("type", endsWith("/problems/version-conflict"));
        as(council.staff()).header("If-Match", "\"0\"").body(Map.of("name", "Stale")).put(path).then().statusCode(412)
                .body("type", endsWith("/problems/version-conflict"));
        as(council.staff()).body(Map.of("name", " ", "version", 1)).put(path).then().statusCode(400);
        as(icb.staff()).body(Map.of("name", "Taken over", "version", 1)).put(path).then().statusCode(403);
        trail(council, id).body("totalItems", equalTo(2));

        as(council.staff()).body(Map.of("name", "Health and Wellbeing Board", "statutory", true, "status", "ARCHIVED",
                "participantOrganisationIds", List.of(icb.id()), "version", 1)).put(path).then().statusCode(200)
                .body("allowedActions", contains("RESTORE", "DELETE"));
        trail(council, id).body("totalItems", equalTo(3)).body("items[0].action", equalTo("archived"))
                .body("items[0].changes.field", contains("status"));

        as(council.staff()).body(Map.of("name", "Renamed while archived", "status", "ARCHIVED", "version", 2)).put(path)
                .then().statusCode(409).body("type", endsWith("/problems/transition-not-allowed"));
        trail(council, id).body("totalItems", equalTo(3));
        as(council.staff()).body(Map.of("name", "Health and Wellbeing Board", "statutory", true, "status", "ACTIVE",
                "participantOrganisationIds", List.of(icb.id()), "version", 2)).put(path).then().statusCode(200)
                .body("allowedActions", contains("EDIT", "ARCHIVE", "DELETE"));
        trail(council, id).body("totalItems", equalTo(4)).body("items[0].action", equalTo("restored"));
    }

    @Test
    void allowedActionsAreForTheOwnersStaffAndAdminsOnly() {
        TestOrganisation council = TestOrganisation.create();
        TestOrganisation icb = TestOrganisation.create();
        String id = as(council.staff()).body(Map.of("name", "Board", "participantOrganisationIds", List.of(icb.id())))
                .post("/api/v1/boards").then().statusCode(201).body("allowedActions", contains("EDIT", "ARCHIVE", "DELETE"))
                .extract().path("id");
        as(council.admin()).get("/api/v1/boards/" + id).then().body("allowedActions", contains("EDIT", "ARCHIVE", "DELETE"));
        for (String token : List.of(council.member(), council.analyst(), icb.staff(), icb.admin())) {
            as(token).get("/api/v1/boards/" + id).then().statusCode(200).body("allowedActions", empty());
        }
        as(icb.staff()).get("/api/v1/boards").then().body("items.find { it.id == '" + id + "' }.allowedActions", empty());
    }

    private static ValidatableResponse trail(TestOrganisation org, String id) {
        return as(org.admin()).queryParam("entityType", "board").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200);
    }
}
