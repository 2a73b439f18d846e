package org.tandem.theme;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tandem.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class ThemeResourceTest {
    @Inject
    AgroalDataSource dataSource;

    /** The trail of one record, newest first, as the holding organisation's admin reads it. */
    static ValidatableResponse trail(TestOrganisation holder, String entityType, String id) {
        return as(holder.admin()).queryParam("entityType", entityType).queryParam("entityId", id)
                .get("/api/v1/audit").then().statusCode(200);
    }

    /** How many audit entries and outbox events the request with this X-Request-ID wrote. */
    long[] writtenBy(String requestId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT (SELECT count(*) FROM audit_entry WHERE request_id = ?), "
                        + "(SELECT count(*) FROM outbox_event WHERE request_id = ?)")) {
            query.setString(1, requestId);
            query.setString(2, requestId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        }
    }

    @Test
    void allowedActionsAreForTheTreeOwnersStaffAsTheStateAllows() {
        TestOrganisation council = TestOrganisation.create();
        TestOrganisation healthwatch = TestOrganisation.create();
        String focus = create(council, "FOCUS_AREA", "Healthy places", null);
        String ambition = create(council, "AMBITION", "We all have a good quality home", focus);
        as(council.staff()).get("/api/v1/themes/" + ambition).then().body("allowedActions", contains("EDIT", "MERGE", "RETIRE"));
        // Active children keep a theme from being retired (it can be merged).
        as(council.admin()).get("/api/v1/themes/" + focus).then().body("allowedActions", contains("EDIT", "MERGE"));
        as(council.staff()).get("/api/v1/themes").then()
                .body("find { it.id == '" + focus + "' }.allowedActions", contains("EDIT", "MERGE"))
                .body("find { it.id == '" + ambition + "' }.allowedActions", contains("EDIT", "MERGE", "RETIRE"));
        as(council.analyst()).get("/api/v1/themes/" + ambition).then().statusCode(200).body("allowedActions", hasSize(0));
        as(council.member()).get("/api/v1/themes").then().statusCode(200).body("allowedActions.flatten()", hasSize(0));
        // A participating organisation reads the tree through the partnership, and may do nothing to it.
        String partnership = Fixtures.partnership(council, Map.of("name", "P", "participantOrganisationIds", List.of(healthwatch.id())));
        as(healthwatch.staff()).queryParam("partnershipId", partnership).get("/api/v1/themes").then().statusCode(200)
                .body("id", hasItem(focus)).body("allowedActions.flatten()", hasSize(0));
        as(council.staff()).header("If-Match", "\"0\"").body(Map.of()).post("/api/v1/themes/" + ambition + "/retire").then()
                .statusCode(200).body("allowedActions", hasSize(0));
        as(council.staff()).get("/api/v1/themes/" + focus).then().body("allowedActions", contains("EDIT", "MERGE", "RETIRE"));
    }

    @Test
    void eachWriteIsRecordedOnceAndRetireChecksIfMatch() {
        TestOrganisation icb = TestOrganisation.create();
        String id = create(icb, "THEME", "GP access", null);
        String path = "/api/v1/themes/" + id;
        trail(icb, "theme", id).body("totalItems", equalTo(1)).body("items[0].action", equalTo("created"))
                .body("items[0].changes.find { it.field == 'name' }.after", equalTo("GP access"));
        as(icb.staff()).body(Map.of("kind", "THEME", "name", "Access to GP appointments", "version", 0)).put(path)
                .then().statusCode(200);
        trail(icb, "theme", id).body("totalItems", equalTo(2)).body("items[0].action", equalTo("updated"))
                .body("items[0].changes.field", contains("name"))
                .body("items[0].changes[0].before", equalTo("GP access"));
        // Stale: 412 for If-Match, 409 for the body's version; neither: 400. None is recorded.
        as(icb.staff()).header("If-Match", "\"0\"").body(Map.of()).post(path + "/retire").then().statusCode(412)
                .body("type", endsWith("/problems/version-conflict"));
        as(icb.staff()).body(Map.of("version", 0)).post(path + "/retire").then().statusCode(409)
                .body("type", endsWith("/problems/version-conflict"));
        as(icb.staff()).body(Map.of()).post(path + "/retire").then().statusCode(400).body("errors.field", contains("version"));
        trail(icb, "theme", id).body("totalItems", equalTo(2));
        as(icb.staff()).header("If-Match", "\"1\"").body(Map.of()).post(path + "/retire").then().statusCode(200)
                .header("ETag", "\"2\"").body("status", equalTo("RETIRED"));
        trail(icb, "theme", id).body("totalItems", equalTo(3)).body("items[0].action", equalTo("retired"))
                .body("items[0].changes.field", contains("status"))
                .body("items[0].changes[0].before", equalTo("ACTIVE")).body("items[0].changes[0].after", equalTo("RETIRED"));
        // RETIRED moves nowhere: retiring, merging or editing it again is not allowed in this state.
        String other = create(icb, "THEME", "Other", null);
        as(icb.staff()).header("If-Match", "\"2\"").body(Map.of()).post(path + "/retire").then().statusCode(409)
                .body("type", endsWith("/problems/transition-not-allowed"));
        as(icb.staff()).header("If-Match", "\"2\"").body(Map.of("targetId", other)).post(path + "/merge").then().statusCode(409)
                .body("type", endsWith("/problems/transition-not-allowed"));
        as(icb.staff()).body(Map.of("kind", "THEME", "name", "Again", "version", 2)).put(path).then().statusCode(409)
                .body("type", endsWith("/problems/transition-not-allowed"));
        // Active children are a rule, not a state.
        String focus = create(icb, "FOCUS_AREA", "Opportunities", null);
        create(icb, "AMBITION", "Good work", focus);
        as(icb.staff()).header("If-Match", "\"0\"").body(Map.of()).post("/api/v1/themes/" + focus + "/retire").then()
                .statusCode(409).body("type", endsWith("/problems/business-rule"));
        trail(icb, "theme", id).body("totalItems", equalTo(3));
        trail(icb, "theme", focus).body("totalItems", equalTo(1));
    }

    @Test
    void aMergeIsOneEntryOnTheMergedThemeAndItsConsequencesAreNotRecordedSeparately() throws SQLException {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "P");
        String focus = create(icb, "FOCUS_AREA", "Healthy lives", null);
        String a = create(icb, "AMBITION", "Easy GP access", focus);
        String b = create(icb, "AMBITION", "Good primary care", focus);
        String child = create(icb, "THEME", "Booking online", a);
        String tagged = feedback(icb, partnership, List.of(a));
        String linked = outcome(icb, partnership, List.of(a));
        String path = "/api/v1/themes/" + a;
        as(icb.staff()).header("If-Match", "\"3\"").body(Map.of("targetId", b)).post(path + "/merge").then().statusCode(412)
                .body("type", endsWith("/problems/version-conflict"));
        as(icb.staff()).body(Map.of("targetId", b)).post(path + "/merge").then().statusCode(400);
        trail(icb, "theme", a).body("totalItems", equalTo(1));
        String requestId = "merge-" + UUID.randomUUID();
        as(icb.staff()).header("X-Request-ID", requestId).header("If-Match", "\"0\"").body(Map.of("targetId", b))
                .post(path + "/merge").then().statusCode(200).body("id", equalTo(b)).body("feedbackCount", equalTo(1));
        trail(icb, "theme", a).body("totalItems", equalTo(2)).body("items[0].action", equalTo("merged"))
                .body("items[0].changes.field", containsInAnyOrder("status", "mergedIntoId"))
                .body("items[0].changes.find { it.field == 'mergedIntoId' }.after", equalTo(b));
        long[] written = writtenBy(requestId);
        assertEquals(1, written[0], "one audit entry for the merge");
        assertEquals(1, written[1], "one event for the merge");
        // The feedback retagged, the outcome relinked and the child moved: consequences, not entries of their own.
        as(icb.staff()).get("/api/v1/feedback/" + tagged).then().body("themes.id", contains(b));
        trail(icb, "feedback", tagged).body("totalItems", equalTo(1)).body("items[0].action", equalTo("created"));
        trail(icb, "outcome", linked).body("totalItems", equalTo(1));
        trail(icb, "theme", child).body("totalItems", equalTo(1));
        trail(icb, "theme", b).body("totalItems", equalTo(1));
    }

    static String create(TestOrganisation owner, String kind, String name, String parentId) {
        Map<String, Object> body = new HashMap<>(Map.of("kind", kind, "name", name));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        return as(owner.staff()).body(body).post("/api/v1/themes").then().statusCode(201).extract().path("id");
    }

    static String feedback(TestOrganisation owner, String partnership, List<String> themeIds) {
        return as(owner.staff()).body(Map.of("partnershipId", partnership, "text", "Said", "receivedOn", "2024-05-01",
                "themeIds", themeIds)).post("/api/v1/feedback").then().statusCode(201).extract().path("id");
    }

    @Test
    void aTreeOfFocusAreasAmbitionsAndThemes() {
        TestOrganisation council = TestOrganisation.create();
        String focus = create(council, "FOCUS_AREA", "Healthy places", null);
        String ambition = create(council, "AMBITION", "We all have a good quality home", focus);
        create(council, "THEME", "Housing conditions", ambition);
        as(council.staff()).body(Map.of("kind", "AMBITION", "name", "Orphan")).post("/api/v1/themes").then().statusCode(400)
                .body("errors.field", contains("parentId"));
        as(council.staff()).body(Map.of("kind", "FOCUS_AREA", "name", "Nested", "parentId", ambition)).post("/api/v1/themes")
                .then().statusCode(400);
        as(council.partner()).body(Map.of("kind", "THEME", "name", "X")).post("/api/v1/themes").then().statusCode(403);
        String access = create(council, "FOCUS_AREA", "Access", null);
        create(council, "THEME", "Waiting times", create(council, "AMBITION", "Seen when we need it", access));
        // Tree order: each node before its children, siblings by name.
        as(council.analyst()).get("/api/v1/themes").then().statusCode(200)
                .body("name", contains("Access", "Seen when we need it", "Waiting times",
                        "Healthy places", "We all have a good quality home", "Housing conditions"));
        TestOrganisation other = TestOrganisation.create();
        as(other.staff()).get("/api/v1/themes").then().body("id", not(hasItem(focus)));
        as(other.staff()).get("/api/v1/themes/" + focus).then().statusCode(404);
        // A partner taking part in a partnership reads the owner's tree through it.
        String partnership = Fixtures.partnership(council, Map.of("name", "P", "participantOrganisationIds", List.of(other.id())));
        as(other.partner()).queryParam("partnershipId", partnership).get("/api/v1/themes").then().statusCode(200)
                .body("id", hasItem(focus));
    }

    @Test
    void mergeMovesEveryTagAndRetiresTheSource() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "P");
        String a = create(icb, "THEME", "GP access", null);
        String b = create(icb, "THEME", "Access to primary care", null);
        String child = create(icb, "THEME", "Other", null);
        String onlyA = feedback(icb, partnership, List.of(a));
        String both = feedback(icb, partnership, List.of(a, b));
        String onlyB = feedback(icb, partnership, List.of(b));
        as(icb.staff()).body(Map.of("targetId", b, "version", 0)).post("/api/v1/themes/" + a + "/merge").then().statusCode(200)
                .body("id", equalTo(b)).body("feedbackCount", equalTo(3));
        as(icb.staff()).queryParam("themeId", b).get("/api/v1/feedback").then()
                .body("items.id", containsInAnyOrder(onlyA, both, onlyB));
        as(icb.staff()).get("/api/v1/themes/" + a).then().statusCode(200).body("status", equalTo("RETIRED"))
                .body("mergedIntoId", equalTo(b));
        as(icb.staff()).get("/api/v1/themes").then().body("id", not(hasItem(a)));
        as(icb.staff()).queryParam("includeRetired", true).get("/api/v1/themes").then().body("id", hasItem(a));
        // A merged theme takes no new tags and cannot be merged again.
        as(icb.staff()).put("/api/v1/feedback/" + onlyB + "/themes/" + a).then().statusCode(400);
        as(icb.staff()).body(Map.of("targetId", child, "version", 1)).post("/api/v1/themes/" + a + "/merge").then().statusCode(409);
        as(icb.staff()).body(Map.of("targetId", b, "version", 0)).post("/api/v1/themes/" + b + "/merge").then().statusCode(400);
    }

    @Test
    void mergeMovesOutcomeLinksAndChildrenToTheTarget() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "P");
        String focus = create(icb, "FOCUS_AREA", "Healthy lives", null);
        String a = create(icb, "AMBITION", "Easy GP access", focus);
        String b = create(icb, "AMBITION", "Good primary care", focus);
        String child = create(icb, "THEME", "Booking online", a);
        String linkedToA = outcome(icb, partnership, List.of(a));
        String linkedToBoth = outcome(icb, partnership, List.of(a, b));
        as(icb.staff()).body(Map.of("targetId", b, "version", 0)).post("/api/v1/themes/" + a + "/merge").then().statusCode(200);
        as(icb.staff()).get("/api/v1/outcomes/" + linkedToA).then().statusCode(200).body("themeIds", contains(b));
        as(icb.staff()).get("/api/v1/outcomes/" + linkedToBoth).then().statusCode(200).body("themeIds", contains(b));
        as(icb.staff()).get("/api/v1/themes/" + child).then().statusCode(200).body("parentId", equalTo(b));
    }

    private static String outcome(TestOrganisation owner, String partnership, List<String> themeIds) {
        return as(owner.staff()).body(Map.of("partnershipId", partnership, "youSaid", "Appointments are hard to get",
                "themeIds", themeIds)).post("/api/v1/outcomes").then().statusCode(201).extract().path("id");
    }

    @Test
    void retiringKeepsHistory() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "P");
        String focus = create(icb, "FOCUS_AREA", "Opportunities", null);
        String ambition = create(icb, "AMBITION", "Good work", focus);
        String fb = feedback(icb, partnership, List.of(ambition));
        as(icb.staff()).body(Map.of("version", 0)).post("/api/v1/themes/" + focus + "/retire").then().statusCode(409);
        as(icb.staff()).body(Map.of("version", 0)).post("/api/v1/themes/" + ambition + "/retire").then().statusCode(200)
                .body("status", equalTo("RETIRED")).body("feedbackCount", equalTo(1));
        as(icb.staff()).get("/api/v1/feedback/" + fb).then().body("themes.name", contains("Good work"));
        as(icb.staff()).body(Map.of("version", 1)).post("/api/v1/themes/" + ambition + "/retire").then().statusCode(409);
        as(icb.staff()).body(Map.of("kind", "THEME", "name", "Renamed", "version", 1)).put("/api/v1/themes/" + ambition)
                .then().statusCode(409);
    }
}
