package org.tandem.theme;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
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
class ThemeInsightResourceTest {

    private static void feedback(String token, String partnership, String theme, String date, String area) {
        Map<String, Object> body = new HashMap<>(Map.of("partnershipId", partnership, "text", "Said", "receivedOn", date,
                "themeIds", List.of(theme)));
        if (area != null) {
            body.put("area", area);
        }
        as(token).body(body).post("/api/v1/feedback").then().statusCode(201);
    }

    @Test
    void countsPerThemeByMonthSourceAndAreaAgainstThePreviousPeriod() {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation healthwatch = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, Map.of("name", "P", "participantOrganisationIds", List.of(healthwatch.id())));
        String access = ThemeResourceTest.create(icb, "THEME", "Access to primary care", null);
        String integration = ThemeResourceTest.create(icb, "THEME", "Integration of services", null);
        // Current period: January to March 2024; previous: October to December 2023.
        feedback(icb.staff(), partnership, access, "2024-01-10", "North");
        feedback(icb.staff(), partnership, access, "2024-01-20", "North");
        feedback(healthwatch.partner(), partnership, access, "2024-03-05", "South");
        feedback(icb.staff(), partnership, access, "2023-11-01", "North");
        feedback(icb.staff(), partnership, integration, "2023-12-01", null);
        feedback(icb.staff(), partnership, integration, "2024-04-01", null);

        as(icb.analyst()).queryParam("from", "2024-01-01").queryParam("to", "2024-03-31").queryParam("partnershipId", partnership)
                .get("/api/v1/themes/insights").then().statusCode(200)
                .body("previousFrom", equalTo("2023-10-02")).body("previousTo", equalTo("2023-12-31"))
                .body("themes.name", contains("Access to primary care", "Integration of services"))
                .body("themes[0].count", equalTo(3)).body("themes[0].previousCount", equalTo(1))
                .body("themes[0].change", equalTo(2)).body("themes[0].changePercent", equalTo(200.0f))
                .body("themes[0].months.month", contains("2024-01", "2024-03"))
                .body("themes[0].months.count", contains(2, 1))
                .body("themes[0].bySource.organisationId", contains(icb.id(), healthwatch.id()))
                .body("themes[0].byArea.area", contains("North", "South"))
                .body("themes[1].count", equalTo(0)).body("themes[1].previousCount", equalTo(1))
                .body("themes[1].changePercent", equalTo(-100.0f));
        as(icb.analyst()).queryParam("from", "2024-01-01").queryParam("to", "2024-03-31").queryParam("themeId", integration)
                .get("/api/v1/themes/insights").then().statusCode(200)
                .body("themes.name", contains("Integration of services")).body("themes[0].previousCount", equalTo(1));
        as(icb.analyst()).queryParam("themeId", "not-a-uuid").get("/api/v1/themes/insights").then().statusCode(400)
                .body("errors.field", contains("themeId"));
        TestOrganisation stranger = TestOrganisation.create();
        as(stranger.analyst()).queryParam("from", "2024-01-01").queryParam("to", "2024-03-31").get("/api/v1/themes/insights")
                .then().statusCode(200).body("themes", hasSize(0));
        as(icb.partner()).get("/api/v1/themes/insights").then().statusCode(403);
        as(icb.analyst()).queryParam("from", "2024-05-01").queryParam("to", "2024-03-31").get("/api/v1/themes/insights")
                .then().statusCode(400).body("errors.field", contains("from"));
    }

    /** The counts are kept between requests (InsightCountCache): every change of a tag must show in the next answer. */
    @Test
    void everyChangeOfATagShowsInTheNextAnswer() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "Insights that follow the tags");
        String access = ThemeResourceTest.create(icb, "THEME", "Access to primary care", null);
        String transport = ThemeResourceTest.create(icb, "THEME", "Transport to appointments", null);
        feedback(icb.staff(), partnership, access, "2024-02-01", null);
        assertCounts(icb, partnership, List.of("Access to primary care"), List.of(1));

        feedback(icb.staff(), partnership, access, "2024-02-02", null); // a new tag
        assertCounts(icb, partnership, List.of("Access to primary care"), List.of(2));

        String item = as(icb.staff()).body(Map.of("partnershipId", partnership, "text", "Said", "receivedOn", "2024-02-03"))
                .post("/api/v1/feedback").then().statusCode(201).extract().path("id");
        as(icb.staff()).put("/api/v1/feedback/" + item + "/themes/" + transport).then().statusCode(200); // tagged later
        assertCounts(icb, partnership, List.of("Access to primary care", "Transport to appointments"), List.of(2, 1));

        as(icb.staff()).delete("/api/v1/feedback/" + item + "/themes/" + transport).then().statusCode(200); // untagged
        assertCounts(icb, partnership, List.of("Access to primary care"), List.of(2));

        as(icb.staff()).put("/api/v1/feedback/" + item + "/themes/" + transport).then().statusCode(200);
        as(icb.staff()).body(Map.of("targetId", access, "version", 0)).post("/api/v1/themes/" + transport + "/merge")
                .then().statusCode(200); // the tag moves to the target
        assertCounts(icb, partnership, List.of("Access to primary care"), List.of(3));
    }

    private static void assertCounts(TestOrganisation org, String partnership, List<String> themes, List<Integer> counts) {
        as(org.analyst()).queryParam("from", "2024-01-01").queryParam("to", "2024-12-31").queryParam("partnershipId", partnership)
                .get("/api/v1/themes/insights").then().statusCode(200)
                .body("themes.name", contains(themes.toArray())).body("themes.count", contains(counts.toArray()));
    }
}
