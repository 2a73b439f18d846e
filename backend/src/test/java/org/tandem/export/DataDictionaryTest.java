package org.tandem.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.tandem.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tandem.claim.ClaimFixtures;
import org.tandem.support.TestOrganisation;

/**
 * The data dictionary and the exports agree: every field an export writes, in every format, is in datapackage.json
 * with its type and constraints, and every field there is written; the datasets are those the contract names.
 * Runs against a world with at least one row in every dataset, so that no dataset passes by being empty.
 */
@QuarkusTest
class DataDictionaryTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATETIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}");

    @Test
    void everyExportedFieldIsDescribedAndEveryDescribedFieldIsExported() throws IOException {
        TestOrganisation org = world();
        JsonNode pack = JSON.readTree(as(org.admin()).get("/api/v1/exports/datapackage.json").then().statusCode(200).extract().asString());
        assertEquals("tabular-data-package", pack.get("profile").asText());
        List<String> resourceNames = new ArrayList<>();
        for (JsonNode resource : pack.get("resources")) {
            String name = resource.get("name").asText();
            resourceNames.add(name);
            List<String> fields = new ArrayList<>();
            resource.get("schema").get("fields").forEach(f -> fields.add(f.get("name").asText()));
            checkKeys(pack, resource, fields);

            String csv = new String(as(org.admin()).queryParam("format", "csv").get("/api/v1/exports/" + name)
                    .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
            assertEquals(String.join(",", fields), csv.substring(1, csv.indexOf("\r\n")), name + ": the CSV header is the dictionary's fields");

            List<JsonNode> rows = ExportResourceTest.ndjson(org.admin(), name, Map.of());
            assertFalse(rows.isEmpty(), name + ": the world has a row of it, so that its fields are seen");
            for (JsonNode row : rows) {
                assertEquals(fields, names(row), name + ": an NDJSON row has exactly the dictionary's fields, in order");
                checkValues(name, resource.get("schema").get("fields"), row);
            }
            JsonNode array = JSON.readTree(as(org.admin()).accept("application/json").get("/api/v1/exports/" + name)
                    .then().statusCode(200).extract().asString());
            // The audit trail has grown by the NDJSON export's own entry since.
            int expected = name.equals("audit-trail") ? rows.size() + 1 : rows.size();
            assertEquals(expected, array.size(), name + ": JSON has the rows NDJSON has");
            assertEquals(fields, names(array.get(0)), name + ": a JSON row has exactly the dictionary's fields");
        }
        assertEquals(List.of(Datasets.NAMES), resourceNames, "an admin's dictionary holds every dataset, in order");
        assertEquals(List.of(Datasets.NAMES), contractDatasets(), "the contract names the same datasets");
        List<String> catalogue = as(org.admin()).get("/api/v1/exports").then().statusCode(200).extract().path("datasets.name");
        assertEquals(resourceNames, catalogue);
    }

    private static void checkKeys(JsonNode pack, JsonNode resource, List<String> fields) {
        String name = resource.get("name").asText();
        resource.get("schema").get("primaryKey").forEach(key -> assertTrue(fields.contains(key.asText()), name + ": primary key " + key));
        for (JsonNode foreignKey : resource.get("schema").get("foreignKeys")) {
            assertTrue(fields.contains(foreignKey.get("fields").asText()), name + ": foreign key " + foreignKey);
            String target = foreignKey.get("reference").get("resource").asText();
            JsonNode referenced = target.isEmpty() ? resource : find(pack, target);
            List<String> targetFields = new ArrayList<>();
            referenced.get("schema").get("fields").forEach(f -> targetFields.add(f.get("name").asText()));
            assertTrue(targetFields.contains(foreignKey.get("reference").get("fields").asText()), name + ": " + foreignKey + " points at a field");
        }
    }

    private static JsonNode find(JsonNode pack, String name) {
        for (JsonNode resource : pack.get("resources")) {
            if (resource.get("name").asText().equals(name)) {
                return resource;
            }
        }
        return fail("no resource " + name);
    }

    /** Each value has the type, format and constraints the dictionary gives its field. */
    private static void checkValues(String dataset, JsonNode fields, JsonNode row) {
        for (JsonNode field : fields) {
            String name = field.get("name").asText();
            JsonNode value = row.get(name);
            JsonNode constraints = field.path("constraints");
            String where = dataset + "." + name + " = " + value;
            if (value.isNull()) {
                assertFalse(constraints.path("required").asBoolean(), where + ": required");
                continue;
            }
            switch (field.get("type").asText()) {
                case "integer" -> assertTrue(value.isIntegralNumber(), where);
                case "number" -> assertTrue(value.isNumber(), where);
                case "boolean" -> assertTrue(value.isBoolean(), where);
                case "date" -> assertTrue(DATE.matcher(value.asText()).matches(), where);
                case "datetime" -> assertTrue(DATETIME.matcher(value.asText()).matches(), where);
                case "string" -> {
                    assertTrue(value.isTextual(), where);
                    if ("uuid".equals(field.path("format").asText())) {
                        assertTrue(UUID.matcher(value.asText()).matches(), where);
                    }
                }
                default -> fail(where + ": unknown type " + field.get("type"));
            }
            if (constraints.has("enum")) {
                List<String> allowed = new ArrayList<>();
                constraints.get("enum").forEach(v -> allowed.add(v.asText()));
                assertTrue(allowed.contains(value.asText()), where + " is not one of " + allowed);
            }
            if (constraints.has("minimum")) {
                assertTrue(value.asLong() >= constraints.get("minimum").asLong(), where + " is below the minimum");
            }
        }
    }

    private static List<String> names(JsonNode row) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = row.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static List<String> contractDatasets() throws IOException {
        JsonNode contract = new YAMLMapper().readTree(Path.of("..", "openapi.yaml").toFile());
        List<String> names = new ArrayList<>();
        for (JsonNode parameter : contract.get("paths").get("/api/v1/exports/{dataset}").get("get").get("parameters")) {
            if (parameter.path("name").asText().equals("dataset")) { // the shared ones are $refs
                parameter.get("schema").get("enum").forEach(v -> names.add(v.asText()));
            }
        }
        return names;
    }

    /** An organisation with a row in every dataset: made through the API as its staff, admins and finance would. */
    private static TestOrganisation world() {
        ClaimFixtures.Setup claims = ClaimFixtures.setup();
        TestOrganisation org = claims.org();
        TestOrganisation participant = TestOrganisation.create();
        String board = post(org.staff(), "/api/v1/boards", Map.of("name", "Strategic Board", "participantOrganisationIds", List.of(participant.id())));
        String partnership = post(org.staff(), "/api/v1/partnerships", Map.of("name", "People's Partnership (dictionary)",
                "participantOrganisationIds", List.of(participant.id()), "boardIds", List.of(board)));
        post(org.staff(), "/api/v1/partnerships", Map.of("name", "Primary care hub", "parentId", partnership));
        String person = post(org.staff(), "/api/v1/people", Map.of("displayName", "Dictionary Attendee"));
        as(org.staff()).body(Map.of("personId", person, "role", "MEMBER")).post("/api/v1/partnerships/" + partnership + "/members")
                .then().statusCode(201);

        String meeting = post(org.staff(), "/api/v1/meetings", Map.of("partnershipId", partnership, "title", "Dictionary meeting",
                "startsAt", "2025-05-01T18:00:00+01:00", "format", "IN_PERSON", "venue", "Catford Library"));
        String item = post(org.staff(), "/api/v1/meetings/" + meeting + "/agenda-items", Map.of("title", "Access to GPs", "kind", "ITEM",
                "decisions", List.of(Map.of("text", "Write to the practices."))));
        post(org.staff(), "/api/v1/meetings/" + meeting + "/attendance", Map.of("personId", person, "status", "ATTENDED", "mode", "IN_PERSON"));
        post(org.staff(), "/api/v1/meetings/" + meeting + "/actions", Map.of("description", "Write to the practices", "dueOn", "2025-06-01",
                "ownerPersonId", person));
        String decision = as(org.staff()).get("/api/v1/meetings/" + meeting + "/agenda-items/" + item).then().statusCode(200)
                .extract().path("decisions[0].id");

        Map<String, Object> reach = new HashMap<>(Map.of("people", 40, "carers", 6));
        String activity = post(org.staff(), "/api/v1/activities", Map.of("partnershipId", partnership, "kind", "WORKSHOP",
                "title", "GP access workshop", "heldOn", "2025-04-20", "reach", reach));
        String focus = post(org.staff(), "/api/v1/themes", Map.of("kind", "FOCUS_AREA", "name", "Physical wellbeing"));
        String theme = post(org.staff(), "/api/v1/themes", Map.of("kind", "THEME", "name", "Access to primary care", "parentId", focus));
        String feedback = post(org.staff(), "/api/v1/feedback", Map.of("partnershipId", partnership, "activityId", activity,
                "text", "It takes three weeks to get a GP appointment.", "receivedOn", "2025-04-20", "themeIds", List.of(theme)));
        String outcome = post(org.staff(), "/api/v1/outcomes", Map.of("partnershipId", partnership, "youSaid", "GP appointments take weeks.",
                "themeIds", List.of(theme), "feedbackIds", List.of(feedback), "decisionId", decision, "responsibleBoardId", board));
        int version = as(org.staff()).get("/api/v1/outcomes/" + outcome).then().statusCode(200).extract().path("version");
        as(org.staff()).header("If-Match", "\"" + version + "\"").body(Map.of("status", "IN_PROGRESS"))
                .post("/api/v1/outcomes/" + outcome + "/status").then().statusCode(200);

        String claimant = post(org.staff(), "/api/v1/people", Map.of("displayName", "Dictionary Claimant"));
        ClaimFixtures.submit(claims, ClaimFixtures.claim(claims, claimant, List.of(ClaimFixtures.halfDay())));
        post(org.admin(), "/api/v1/budgets", Map.of("partnershipId", claims.partnershipId(), "financialYear", "2024-25", "allocatedPence", 500000));
        return org;
    }

    private static String post(String token, String path, Map<String, Object> body) {
        return as(token).body(body).post(path).then().statusCode(201).extract().path("id");
    }
}
