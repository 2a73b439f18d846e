package org.tandem.theme;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class ThemeResourceTest {

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
