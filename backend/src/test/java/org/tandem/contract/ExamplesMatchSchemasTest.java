package org.tandem.contract;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the served contract shows a partner developer a call that works: each parameter, request body
 * and 2xx response has an example, and each example is valid against its schema (JSON Schema 2020-12, formats
 * asserted). Binary bodies (receipts, documents, archives) are exempt: no example says more than their media type.
 */
@QuarkusTest
class ExamplesMatchSchemasTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig ASSERT_FORMATS = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).build();

    private JsonNode contract;

    @BeforeEach
    void loadContract() throws Exception {
        contract = JSON.readTree(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
    }

    @Test
    void everyOperationHasExamplesThatMatchTheirSchemas() {
        List<String> faults = new ArrayList<>();
        contract.get("paths").properties().forEach(path -> path.getValue().properties().forEach(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            JsonNode operation = entry.getValue();
            String where = operation.path("operationId").asText(entry.getKey() + " " + path.getKey());
            for (JsonNode parameter : operation.path("parameters")) {
                JsonNode resolved = resolve(parameter);
                String name = where + " parameter " + resolved.path("name").asText();
                if (!resolved.has("example")) {
                    faults.add(name + ": no example");
                } else {
                    faults.addAll(check(name, resolved.get("schema"), resolved.get("example")));
                }
            }
            checkContent(where + " request body", operation.path("requestBody").path("content"), faults);
            operation.path("responses").properties().stream().filter(r -> r.getKey().startsWith("2"))
                    .forEach(r -> checkContent(where + " response " + r.getKey(), r.getValue().path("content"), faults));
        }));
        assertEquals(List.of(), faults, faults.size() + " examples are missing or invalid");
    }

    @Test
    void anExampleThatBreaksItsSchemaIsCaught() {
        assertFalse(check("a page", JSON.valueToTree(Map.of("$ref", "#/components/schemas/UUID")),
                JSON.valueToTree("not-a-uuid")).isEmpty());
        assertFalse(check("an action", JSON.valueToTree(Map.of("$ref", "#/components/schemas/ActionRequest")),
                JSON.valueToTree(Map.of("dueOn", "14 September"))).isEmpty());
    }

    private void checkContent(String where, JsonNode content, List<String> faults) {
        content.properties().forEach(media -> {
            JsonNode schema = media.getValue().path("schema");
            if ("binary".equals(schema.path("format").asText())) {
                return;
            }
            if (!media.getValue().has("example")) {
                faults.add(where + " " + media.getKey() + ": no example");
            } else if (media.getKey().contains("json")) {
                faults.addAll(check(where + " " + media.getKey(), schema, media.getValue().get("example")));
            }
        });
    }

    /** The schema is validated inside a copy of the contract's components, so that its references resolve. */
    private List<String> check(String where, JsonNode schema, JsonNode example) {
        ObjectNode root = schema.deepCopy();
        root.set("components", contract.get("components"));
        return SCHEMAS.getSchema(root, ASSERT_FORMATS).validate(example).stream()
                .map(message -> where + ": " + message.getMessage() + " in " + example)
                .toList();
    }

    private JsonNode resolve(JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        JsonNode target = contract;
        for (String part : node.get("$ref").asText().substring(2).split("/")) {
            target = target.path(part);
        }
        return target;
    }
}
