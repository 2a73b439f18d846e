package org.tandem.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

/** An export is one moment of the database however long it takes, and its change feed picks up from that moment. */
@QuarkusTest
class ExportConsistencyTest {
    private static final int ROWS = 30_000;

    @Inject
    AgroalDataSource dataSource;

    @TestHTTPResource("/api/v1/exports/feedback")
    URL feedbackExport;

    @Test
    void aLongExportDoesNotMixBeforeAndAfterAConcurrentChange() throws Exception {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "Snapshot partnership");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement seed = connection.prepareStatement("INSERT INTO feedback (id, partnership_id, source_organisation_id, text, "
                        + "received_on, created_at, updated_at) SELECT gen_random_uuid(), ?::uuid, ?::uuid, 'Before ' || g || ' ' || repeat('w', 300), "
                        + "date '2025-01-01' + g % 365, now(), now() FROM generate_series(1, ?) g")) {
            seed.setString(1, partnership);
            seed.setString(2, icb.id());
            seed.setInt(3, ROWS);
            seed.executeUpdate();
        }
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(feedbackExport + "?partnershipId=" + partnership))
                .header("Authorization", "Bearer " + icb.analyst()).header("Accept", "application/x-ndjson").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertEquals(String.valueOf(ROWS), response.headers().firstValue("Export-Rows").orElseThrow());

        // While the export is being sent: every row changes, and one more arrives.
        try (Connection connection = dataSource.getConnection(); Statement change = connection.createStatement()) {
            change.executeUpdate("UPDATE feedback SET text = 'After', updated_at = now() WHERE partnership_id = '" + partnership + "'");
        }
        ExportResourceTest.feedback(icb, partnership, "Arrived during the export", "2025-06-01");

        int rows = 0;
        int after = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode row = ExportResourceTest.JSON.readTree(line);
                rows++;
                if (!row.get("text").asText().startsWith("Before ")) {
                    after++;
                }
            }
        }
        assertEquals(ROWS, rows, "the rows of the moment the export began, no more, no fewer");
        assertEquals(0, after, "no row as it was changed after the export began");
        assertEquals(ROWS + 1, ExportResourceTest.ndjson(icb.analyst(), "feedback", Map.of("partnershipId", partnership)).size());
    }

    @Test
    void theChangeFeedTakesOverFromTheExportsCursorForWhoeverMaySeeTheRecords() {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation healthwatch = TestOrganisation.create();
        TestOrganisation unrelated = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, Map.of("name", "Feed partnership", "participantOrganisationIds", List.of(healthwatch.id())));
        String meeting = ExportResourceTest.meeting(icb, partnership, "2025-05-01T18:00:00+01:00");
        String kept = agendaItem(icb, meeting, "Welcome");
        String removed = agendaItem(icb, meeting, "Any other business");
        String cursor = as(icb.analyst()).accept("application/x-ndjson").get("/api/v1/exports/agenda-items")
                .then().statusCode(200).extract().header("Export-Cursor");

        int version = as(icb.staff()).get("/api/v1/meetings/" + meeting + "/agenda-items/" + removed).then().extract().path("version");
        as(icb.staff()).queryParam("version", version).delete("/api/v1/meetings/" + meeting + "/agenda-items/" + removed).then().statusCode(204);
        String added = agendaItem(icb, meeting, "Access to GPs");

        JsonPath page = changes(icb.analyst(), "agenda-items", cursor);
        assertEquals(List.of(), page.getList("changes.findAll { it.key == '" + kept + "' }"), "an item that did not change is not sent");
        assertEquals(List.of(), page.getList("changes.find { it.key == '" + removed + "' }.rows"), "a deleted item: its key, no rows");
        assertEquals("id", page.getString("changes.find { it.key == '" + removed + "' }.keyField"));
        assertEquals("Access to GPs", page.getString("changes.find { it.key == '" + added + "' }.rows[0].title"));
        assertFalse(page.getBoolean("hasMore"));

        JsonPath theirs = changes(healthwatch.analyst(), "agenda-items", cursor);
        assertTrue(theirs.getList("changes.key").contains(removed), "an organisation taking part hears of the deletion too");
        assertEquals(List.of(), changes(unrelated.analyst(), "agenda-items", cursor).getList("changes"), "an unrelated one hears nothing");

        JsonPath caughtUp = changes(icb.analyst(), "agenda-items", page.getString("next"));
        assertTrue(caughtUp.getList("changes.findAll { it.rows.any { row -> row.meetingId == '" + meeting + "' } }").isEmpty(),
                "from next, nothing of this meeting again");

        as(icb.analyst()).queryParam("after", "not-a-cursor").get("/api/v1/exports/agenda-items/changes")
                .then().statusCode(400).contentType("application/problem+json");
        as(icb.analyst()).get("/api/v1/exports/claim-totals/changes").then().statusCode(400);
    }

    @Test
    void aChangeThatCommitsLateIsNotPassedOver() throws Exception {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "Late commit partnership");
        String cursor = as(icb.analyst()).accept("application/x-ndjson").get("/api/v1/exports/feedback")
                .then().statusCode(200).extract().header("Export-Cursor");
        String feedback;
        try (Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            try (Statement started = slow.createStatement()) {
                started.execute("SELECT pg_current_xact_id()"); // a writer that began first and has not committed yet
            }
            feedback = ExportResourceTest.feedback(icb, partnership, "Committed while an earlier writer was still at work", "2025-06-01");
            JsonPath waiting = changes(icb.analyst(), "feedback", cursor);
            assertFalse(waiting.getList("changes.key").contains(feedback),
                    "held back while a transaction that began before it runs: a cursor past it could skip that one's changes");
            slow.rollback();
        }
        assertTrue(changes(icb.analyst(), "feedback", cursor).getList("changes.key").contains(feedback));
    }

    private static String agendaItem(TestOrganisation owner, String meeting, String title) {
        return as(owner.staff()).body(Map.of("title", title, "kind", "ITEM")).post("/api/v1/meetings/" + meeting + "/agenda-items")
                .then().statusCode(201).extract().path("id");
    }

    private static JsonPath changes(String token, String dataset, String after) {
        return as(token).queryParam("after", after).queryParam("limit", 5000).get("/api/v1/exports/" + dataset + "/changes")
                .then().statusCode(200).extract().jsonPath();
    }
}
