package org.tandem.export;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

@QuarkusTest
class ExportResourceTest {
    static final ObjectMapper JSON = new ObjectMapper();

    /** The rows of an NDJSON export. */
    static List<JsonNode> ndjson(String token, String dataset, Map<String, ?> query) throws IOException {
        String body = as(token).accept("application/x-ndjson").queryParams(query).get("/api/v1/exports/" + dataset)
                .then().statusCode(200).contentType(containsString("application/x-ndjson")).extract().asString();
        List<JsonNode> rows = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (!line.isEmpty()) {
                assertTrue(line.startsWith("{") && line.endsWith("}"), "one JSON object per line, nothing around it: " + line);
                rows.add(JSON.readTree(line));
            }
        }
        return rows;
    }

    static String feedback(TestOrganisation organisation, String partnership, String text, String receivedOn) {
        return as(organisation.staff()).body(Map.of("partnershipId", partnership, "text", text, "receivedOn", receivedOn))
                .post("/api/v1/feedback").then().statusCode(201).extract().path("id");
    }

    @Test
    void feedbackComesOutInEveryFormatWithTheSameRows() throws IOException {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "Feedback export partnership");
        String plain = feedback(icb, partnership, "It takes three weeks to get a GP appointment.", "2025-05-01");
        String formula = feedback(icb, partnership, "=HYPERLINK(\"http://evil.example\") \"quoted\", with a comma", "2025-06-01");

        List<JsonNode> rows = ndjson(icb.analyst(), "feedback", Map.of());
        assertEquals(2, rows.size());
        JsonNode first = rows.stream().filter(r -> r.get("id").asText().equals(plain)).findFirst().orElseThrow();
        assertEquals(partnership, first.get("partnershipId").asText());
        assertEquals("2025-05-01", first.get("receivedOn").asText());
        assertTrue(first.get("version").isNumber(), "numbers are JSON numbers");
        assertTrue(first.get("createdAt").asText().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d"),
                "times are ISO-8601 with an offset: " + first.get("createdAt"));

        Response csv = as(icb.analyst()).queryParam("format", "csv").get("/api/v1/exports/feedback");
        csv.then().statusCode(200).contentType(containsString("text/csv")).header("Export-Rows", "2")
                .header("Content-Disposition", containsString("feedback.csv"));
        String text = new String(csv.asByteArray(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFid,partnershipId,activityId,sourceOrganisationId,text,receivedOn,area,version,createdAt,updatedAt\r\n"),
                "a byte order mark, then the header row: " + text.substring(0, 120));
        assertTrue(text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\") \"\"quoted\"\", with a comma\""),
                "a formula is guarded and the field quoted as RFC 4180 says: " + text);

        Response json = as(icb.analyst()).accept("application/json").get("/api/v1/exports/feedback");
        json.then().statusCode(200).contentType(containsString("application/json"));
        assertTrue(json.asString().matches("(?s)\\[\n\\{.*\\},\n\\{.*\\}\n]\n"), "a JSON array, a row per line: " + json.asString());
        JsonNode array = JSON.readTree(json.asString());
        assertTrue(array.isArray());
        assertEquals(2, array.size());
        List<String> ids = new ArrayList<>();
        array.forEach(row -> ids.add(row.get("id").asText()));
        assertTrue(ids.contains(formula));
    }

    @Test
    void gzipWhenTheClientAcceptsIt() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "Gzip partnership");
        feedback(icb, partnership, "Waiting times at the walk-in centre.", "2025-05-01");
        as(icb.analyst()).header("Accept-Encoding", "gzip").get("/api/v1/exports/feedback")
                .then().statusCode(200).header("Content-Encoding", "gzip").body(containsString("walk-in centre"));
    }

    @Test
    void filtersSelectPartnershipDatesAndChangesSince() throws IOException {
        TestOrganisation icb = TestOrganisation.create();
        String lewisham = Fixtures.partnership(icb, "Lewisham filter partnership");
        String greenwich = Fixtures.partnership(icb, "Greenwich filter partnership");
        String may = feedback(icb, lewisham, "May feedback", "2025-05-31");
        String june = feedback(icb, lewisham, "June feedback", "2025-06-01");
        feedback(icb, greenwich, "Greenwich feedback", "2025-05-15");

        assertEquals(List.of(may, june).stream().sorted().toList(), ids(ndjson(icb.analyst(), "feedback", Map.of("partnershipId", lewisham))));
        assertEquals(List.of(june), ids(ndjson(icb.analyst(), "feedback", Map.of("partnershipId", lewisham, "from", "2025-06-01"))));
        assertEquals(List.of(may), ids(ndjson(icb.analyst(), "feedback", Map.of("partnershipId", lewisham, "to", "2025-05-31"))));
        assertEquals(0, ndjson(icb.analyst(), "feedback", Map.of("updatedSince", "2999-01-01T00:00:00Z")).size());
        assertEquals(3, ndjson(icb.analyst(), "feedback", Map.of("updatedSince", "2020-01-01")).size());

        as(icb.analyst()).queryParam("from", "31/05/2025").get("/api/v1/exports/feedback")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("from"));
        as(icb.analyst()).queryParam("from", "2025-06-02").queryParam("to", "2025-06-01").get("/api/v1/exports/feedback")
                .then().statusCode(400).body("errors.field", hasItem("to"));
        as(icb.analyst()).queryParam("partnershipId", "not-an-id").get("/api/v1/exports/feedback")
                .then().statusCode(400).body("errors.field", hasItem("partnershipId"));
        as(icb.analyst()).queryParam("format", "xlsx").get("/api/v1/exports/feedback")
                .then().statusCode(400).body("errors.field", hasItem("format"));
        as(icb.analyst()).get("/api/v1/exports/no-such-dataset").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("dataset"));
    }

    @Test
    void eachOrganisationExportsWhatItSeesAndOnlyAdminsTheAuditTrail() throws IOException {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation healthwatch = TestOrganisation.create();
        TestOrganisation unrelated = TestOrganisation.create();
        String shared = Fixtures.partnership(icb, Map.of("name", "Shared export partnership", "participantOrganisationIds", List.of(healthwatch.id())));
        String own = Fixtures.partnership(icb, "ICB-only export partnership");
        String sharedItem = feedback(icb, shared, "Shared feedback", "2025-05-01");
        feedback(icb, own, "Own feedback", "2025-05-01");

        assertEquals(2, ndjson(icb.analyst(), "feedback", Map.of()).size());
        assertEquals(List.of(sharedItem), ids(ndjson(healthwatch.analyst(), "feedback", Map.of())));
        assertEquals(0, ndjson(unrelated.analyst(), "feedback", Map.of()).size());
        assertEquals(0, ndjson(healthwatch.admin(), "budgets", Map.of()).size(), "budgets are the running organisation's");

        as(icb.analyst()).get("/api/v1/exports/audit-trail").then().statusCode(403).contentType("application/problem+json");
        assertFalse(ndjson(icb.admin(), "audit-trail", Map.of()).isEmpty());
        as(icb.analyst()).get("/api/v1/exports").then().statusCode(200)
                .body("datasets.name", hasItem("feedback")).body("datasets.name", not(hasItem("audit-trail")));
        as(icb.admin()).get("/api/v1/exports").then().statusCode(200).body("datasets.name", hasItem("audit-trail"));
        as(icb.staff()).get("/api/v1/exports/feedback").then().statusCode(403);
    }

    @Test
    void peopleAreStablePseudonymsThatDifferBetweenOrganisations() throws IOException {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation healthwatch = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, Map.of("name", "Pseudonym partnership", "participantOrganisationIds", List.of(healthwatch.id())));
        String person = Fixtures.person(icb, "Winifred Applethwaite");
        String first = meeting(icb, partnership, "2025-05-01T18:00:00+01:00");
        String second = meeting(icb, partnership, "2025-06-01T18:00:00+01:00");
        attend(icb, first, person);
        attend(icb, second, person);

        List<JsonNode> rows = ndjson(icb.analyst(), "attendance", Map.of("partnershipId", partnership));
        assertEquals(2, rows.size());
        String pseudonym = rows.get(0).get("person").asText();
        assertTrue(pseudonym.matches("p[0-9a-f]{32}"), pseudonym);
        assertEquals(pseudonym, rows.get(1).get("person").asText(), "the same person has the same pseudonym");
        assertFalse(pseudonym.contains(person.replace("-", "")));
        assertEquals("NOT_A_MEMBER", rows.get(0).get("roleCategory").asText());
        assertEquals(pseudonym, ndjson(icb.admin(), "attendance", Map.of("partnershipId", partnership)).get(0).get("person").asText(),
                "stable within the organisation, whoever exports");

        String theirs = ndjson(healthwatch.analyst(), "attendance", Map.of("partnershipId", partnership)).get(0).get("person").asText();
        assertNotEquals(pseudonym, theirs, "another organisation gets another pseudonym for the same person");
    }

    @Test
    void smallCountsOfPeopleAreWithheldAndFlagged() throws IOException {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "Small numbers partnership");
        Map<String, Object> reach = new HashMap<>();
        reach.put("people", 40);
        reach.put("carers", 3);
        reach.put("youngPeople", 0);
        reach.put("ethnicMinorityGroups", 5);
        reach.put("peopleWithDisability", 1);
        as(icb.staff()).body(Map.of("partnershipId", partnership, "kind", "WORKSHOP", "title", "Carers workshop", "heldOn", "2025-05-01",
                "reach", reach)).post("/api/v1/activities").then().statusCode(201);

        JsonNode row = ndjson(icb.analyst(), "activities", Map.of("partnershipId", partnership)).get(0);
        assertEquals(40, row.get("reachPeople").asInt());
        assertFalse(row.get("reachPeopleSuppressed").asBoolean());
        assertTrue(row.get("reachCarers").isNull(), "3 carers could point at someone");
        assertTrue(row.get("reachCarersSuppressed").asBoolean());
        assertEquals(0, row.get("reachYoungPeople").asInt(), "zero says nobody: shown");
        assertEquals(5, row.get("reachEthnicMinority").asInt(), "the threshold itself is shown");
        assertTrue(row.get("reachDisabilitySuppressed").asBoolean());

        String meeting = meeting(icb, partnership, "2025-05-01T18:00:00+01:00");
        attend(icb, meeting, Fixtures.person(icb, "Alone Attendee"));
        JsonNode count = ndjson(icb.analyst(), "attendance-counts", Map.of("partnershipId", partnership)).get(0);
        assertTrue(count.get("people").isNull());
        assertTrue(count.get("peopleSuppressed").asBoolean());
    }

    @Test
    void theArchiveHoldsTheDataPackageAndEveryDatasetTheCallerMayExport() throws IOException {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "Archive partnership");
        feedback(icb, partnership, "Archived feedback", "2025-05-01");
        Map<String, String> files = unzip(as(icb.analyst()).accept("application/zip").get("/api/v1/exports/all.zip").then().statusCode(200)
                .contentType("application/zip").extract().asByteArray());
        JsonNode pack = JSON.readTree(files.get("datapackage.json"));
        assertEquals("tabular-data-package", pack.get("profile").asText());
        List<String> paths = new ArrayList<>();
        pack.get("resources").forEach(resource -> paths.add(resource.get("path").asText()));
        List<String> csvFiles = files.keySet().stream().filter(name -> name.endsWith(".csv")).sorted().toList();
        assertEquals(paths.stream().sorted().toList(), csvFiles, "one CSV file per resource of the package, nothing else");
        assertFalse(files.containsKey("data/audit-trail.csv"), "the audit trail is the admins'");
        assertTrue(files.get("data/feedback.csv").contains("Archived feedback"));
        assertTrue(unzip(as(icb.admin()).accept("application/zip").get("/api/v1/exports/all.zip").then().statusCode(200).extract().asByteArray())
                .containsKey("data/audit-trail.csv"));
    }

    @Test
    void everyExportIsOnTheAuditTrailWithItsFilters() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "Audited export partnership");
        as(icb.analyst()).queryParam("partnershipId", partnership).queryParam("from", "2025-04-01").queryParam("format", "csv")
                .get("/api/v1/exports/feedback").then().statusCode(200);
        as(icb.admin()).queryParam("entityType", "export").get("/api/v1/audit").then().statusCode(200)
                .body("items[0].action", equalTo("downloaded"))
                .body("items[0].changes.field", hasItem("dataset"))
                .body("items[0].changes.find { it.field == 'dataset' }.after", equalTo("feedback"))
                .body("items[0].changes.find { it.field == 'partnershipId' }.after", equalTo(partnership))
                .body("items[0].changes.find { it.field == 'format' }.after", equalTo("csv"));
        as(icb.staff()).queryParam("entityType", "export").get("/api/v1/audit").then().statusCode(200).body("totalItems", equalTo(0));
    }

    static List<String> ids(List<JsonNode> rows) {
        return rows.stream().map(r -> r.get("id").asText()).sorted().toList();
    }

    static String meeting(TestOrganisation owner, String partnership, String startsAt) {
        return as(owner.staff()).body(Map.of("partnershipId", partnership, "title", "Export test meeting", "startsAt", startsAt,
                "format", "IN_PERSON", "venue", "Catford Library")).post("/api/v1/meetings").then().statusCode(201).extract().path("id");
    }

    static String attend(TestOrganisation owner, String meeting, String person) {
        return as(owner.staff()).body(Map.of("personId", person, "status", "ATTENDED", "mode", "IN_PERSON"))
                .post("/api/v1/meetings/" + meeting + "/attendance").then().statusCode(201).extract().path("id");
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
