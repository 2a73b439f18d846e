package org.tandem.theme;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class ThemeInsightTreeTest {

    private static void feedback(TestOrganisation owner, String partnership, String receivedOn, String... themeIds) {
        as(owner.staff()).body(Map.of("partnershipId", partnership, "text", "Said", "receivedOn", receivedOn,
                "themeIds", List.of(themeIds))).post("/api/v1/feedback").then().statusCode(201);
    }

    @Test
    void countsThePeriodsFeedbackPerThemeAndOnceForEachThemeAboveIt() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "P");
        String wellbeing = ThemeResourceTest.create(icb, "FOCUS_AREA", "Physical wellbeing", null);
        String care = ThemeResourceTest.create(icb, "AMBITION", "Good care close to home", wellbeing);
        String access = ThemeResourceTest.create(icb, "THEME", "Access to primary care", care);
        String letters = ThemeResourceTest.create(icb, "THEME", "Appointment letters", care);
        String places = ThemeResourceTest.create(icb, "FOCUS_AREA", "Healthy places", null);
        // April 2024 to March 2025, both ends in.
        feedback(icb, partnership, "2024-04-01", access, letters);
        feedback(icb, partnership, "2024-09-10", access);
        feedback(icb, partnership, "2025-03-31", care);
        feedback(icb, partnership, "2024-03-31", access);
        feedback(icb, partnership, "2025-04-01", places);

        as(icb.analyst()).queryParam("from", "2024-04-01").queryParam("to", "2025-03-31").get("/api/v1/themes/insights/tree")
                .then().statusCode(200)
                .body("from", equalTo("2024-04-01")).body("taggedFeedback", equalTo(3))
                .body("themes.name", contains("Physical wellbeing", "Good care close to home", "Access to primary care",
                        "Appointment letters"))
                .body("themes.depth", contains(0, 1, 2, 2))
                .body("themes.parentId", contains(null, wellbeing, care, care))
                .body("themes.count", contains(0, 1, 2, 1))
                // The item tagged with both themes under the ambition counts once for it and for the focus area.
                .body("themes.countWithDescendants", contains(3, 3, 2, 1));
        as(icb.staff()).queryParam("from", "2025-04-01").queryParam("partnershipId", partnership).get("/api/v1/themes/insights/tree")
                .then().statusCode(200).body("themes.name", contains("Healthy places")).body("themes[0].countWithDescendants", equalTo(1));

        TestOrganisation stranger = TestOrganisation.create();
        as(stranger.analyst()).get("/api/v1/themes/insights/tree").then().statusCode(200)
                .body("themes", hasSize(0)).body("taggedFeedback", equalTo(0));
        as(icb.partner()).get("/api/v1/themes/insights/tree").then().statusCode(403);
        as(icb.analyst()).queryParam("from", "2025-04-01").queryParam("to", "2025-03-31").get("/api/v1/themes/insights/tree")
                .then().statusCode(400).body("errors.field", contains("from"));
        as(icb.analyst()).queryParam("partnershipId", "nope").get("/api/v1/themes/insights/tree")
                .then().statusCode(400).body("errors.field", contains("partnershipId"));
    }
}
