package org.tandem.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operations of the published contract (the top-level openapi.yaml), as the robustness test needs them. */
record Contract(JsonNode document) {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    static Contract read() {
        try {
            return new Contract(new ObjectMapper(new YAMLFactory()).readTree(Path.of("..", "openapi.yaml").toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code example} is the contract's example value, sent for a required parameter that is not under test. */
    record Parameter(String name, String in, boolean required, String example, JsonNode schema) {}

    /** One operation; {@code roles} is empty for a public one, {@code body} is null when it takes none. */
    record Operation(String method, String path, String id, List<String> roles, List<Parameter> parameters,
            List<String> bodyMediaTypes, JsonNode body, List<String> answerMediaTypes) {}

    List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
            if (!METHODS.contains(entry.getKey())) {
                return;
            }
            JsonNode op = entry.getValue();
            List<Parameter> parameters = new ArrayList<>();
            for (JsonNode p : iterable(path.getValue().path("parameters"), op.path("parameters"))) {
                parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(), p.path("required").asBoolean(),
                        p.path("example").asText(p.path("schema").path("examples").path(0).asText()),
                        resolve(p.path("schema"))));
            }
            List<String> roles = new ArrayList<>();
            op.path("x-roles").forEach(role -> roles.add(role.asText()));
            JsonNode content = op.path("requestBody").path("content");
            List<String> mediaTypes = new ArrayList<>();
            content.fieldNames().forEachRemaining(mediaTypes::add);
            JsonNode body = mediaTypes.isEmpty() ? null : resolve(content.path(mediaTypes.get(0)).path("schema"));
            List<String> answers = new ArrayList<>();
            op.path("responses").fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("2")) {
                    response.getValue().path("content").fieldNames().forEachRemaining(answers::add);
                }
            });
            operations.add(new Operation(entry.getKey().toUpperCase(), path.getKey(), op.path("operationId").asText(),
                    roles, parameters, mediaTypes, body, answers));
        }));
        return operations;
    }

    /** Follows {@code $ref} (SmallRye writes a sibling {@code type} beside it, which the target refines). */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        Set<String> seen = new HashSet<>();
        while (current.has("$ref") && seen.add(current.path("$ref").asText())) {
            String name = current.path("$ref").asText().substring("#/components/schemas/".length());
            current = document.path("components").path("schemas").path(name);
        }
        return current;
    }

    /** The properties of an object schema, each resolved, in the contract's order. */
    Map<String, JsonNode> properties(JsonNode objectSchema) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        objectSchema.path("properties").fields().forEachRemaining(p -> properties.put(p.getKey(), resolve(p.getValue())));
        return properties;
    }

    static Set<String> required(JsonNode objectSchema) {
        Set<String> required = new HashSet<>();
        objectSchema.path("required").forEach(name -> required.add(name.asText()));
        return required;
    }

    private static List<JsonNode> iterable(JsonNode... arrays) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode array : arrays) {
            array.forEach(all::add);
        }
        return all;
    }
}
