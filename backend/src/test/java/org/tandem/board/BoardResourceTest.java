package org.tandem.board;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
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
        as(council.staff()).delete("/api/v1/boards/" + board).then().statusCode(409).body("detail", containsString("Archive"));
        as(council.staff()).queryParam("boardId", board).get("/api/v1/partnerships")
                .then().body("items.name", contains("Reports up"));
        String unused = Fixtures.board(council, "Unused");
        as(council.staff()).delete("/api/v1/boards/" + unused).then().statusCode(204);
    }
}
