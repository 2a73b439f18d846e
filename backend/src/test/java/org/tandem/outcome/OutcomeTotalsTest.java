package org.tandem.outcome;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.tandem.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class OutcomeTotalsTest {
    @Inject
    AgroalDataSource dataSource;

    /** Records an outcome and dates its recording: the API records "now", a period needs known times. */
    private String outcome(TestOrganisation owner, String partnership, String youSaid, String recordedAt) throws SQLException {
        String id = as(owner.staff()).body(Map.of("partnershipId", partnership, "youSaid", youSaid)).post("/api/v1/outcomes")
                .then().statusCode(201).extract().path("id");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("UPDATE outcome SET created_at = ? WHERE id = ?::uuid")) {
            update.setObject(1, OffsetDateTime.parse(recordedAt));
            update.setString(2, id);
            update.executeUpdate();
        }
        return id;
    }

    private static void move(TestOrganisation owner, String id, String status) {
        int version = as(owner.staff()).get("/api/v1/outcomes/" + id).then().extract().path("version");
        as(owner.staff()).body(Map.of("status", status, "reason", "No funding", "version", version))
                .post("/api/v1/outcomes/" + id + "/status").then().statusCode(200);
    }

    @Test
    void listsAndCountsTheOutcomesRecordedInAPeriodInLondonAcrossPartnerships() throws SQLException {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation healthwatch = TestOrganisation.create();
        TestOrganisation stranger = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, Map.of("name", "P", "participantOrganisationIds", List.of(healthwatch.id())));
        String hub = Fixtures.partnership(icb, "Hub");
        // The financial year 2024/25 in London, whose clocks are an hour ahead of UTC at both ends (BST).
        String lastEvening = outcome(icb, partnership, "23:30 on 31 March 2025", "2025-03-31T22:30:00Z");
        String firstMorning = outcome(icb, hub, "00:30 on 1 April 2024", "2024-03-31T23:30:00Z");
        String middle = outcome(icb, hub, "In October", "2024-10-10T12:00:00Z");
        outcome(icb, partnership, "00:30 on 1 April 2025", "2025-03-31T23:30:00Z");
        outcome(icb, partnership, "23:59 on 31 March 2024", "2024-03-31T22:59:00Z");
        outcome(stranger, Fixtures.partnership(stranger, "Theirs"), "Not ours", "2024-10-10T12:00:00Z");
        move(icb, lastEvening, "DONE");
        move(icb, middle, "NOT_POSSIBLE");

        as(icb.staff()).queryParam("from", "2024-04-01").queryParam("to", "2025-03-31").queryParam("sort", "createdAt,asc")
                .get("/api/v1/outcomes").then().statusCode(200)
                .body("items.youSaid", contains("00:30 on 1 April 2024", "In October", "23:30 on 31 March 2025"));
        as(icb.staff()).queryParam("from", "2024-04-01").queryParam("to", "2025-03-31").queryParam("status", "DONE")
                .get("/api/v1/outcomes").then().statusCode(200).body("items.id", contains(lastEvening));
        as(icb.analyst()).queryParam("from", "2024-04-01").queryParam("to", "2025-03-31").get("/api/v1/outcomes/totals")
                .then().statusCode(200)
                .body("total", equalTo(3)).body("published", equalTo(0))
                .body("byStatus.status", contains("UNDER_CONSIDERATION", "IN_PROGRESS", "DONE", "NOT_POSSIBLE"))
                .body("byStatus.count", contains(1, 0, 1, 1));
        as(icb.staff()).queryParam("partnershipId", hub).queryParam("from", "2024-04-01").queryParam("to", "2024-04-01")
                .get("/api/v1/outcomes/totals").then().statusCode(200).body("total", equalTo(1))
                .body("byStatus.count", contains(1, 0, 0, 0));
        // A participating organisation counts the partnership it takes part in, not the owner's hub; a stranger only its own.
        as(healthwatch.staff()).queryParam("from", "2024-04-01").queryParam("to", "2025-03-31").get("/api/v1/outcomes/totals")
                .then().statusCode(200).body("total", equalTo(1)).body("byStatus.count", contains(0, 0, 1, 0));
        as(stranger.staff()).get("/api/v1/outcomes/totals").then().statusCode(200).body("total", equalTo(1));
        as(stranger.staff()).queryParam("from", "2024-04-01").get("/api/v1/outcomes").then().statusCode(200)
                .body("items.youSaid", containsInAnyOrder("Not ours"));

        as(icb.staff()).queryParam("from", "2025-04-01").queryParam("to", "2025-03-31").get("/api/v1/outcomes/totals")
                .then().statusCode(400).body("errors.field", contains("from"));
        as(icb.staff()).queryParam("to", "soon").get("/api/v1/outcomes").then().statusCode(400).body("errors.field", contains("to"));
        as(icb.finance()).get("/api/v1/outcomes/totals").then().statusCode(403);
    }
}
