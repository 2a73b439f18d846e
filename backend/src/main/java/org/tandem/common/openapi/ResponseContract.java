package org.tandem.common.openapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * Says in the contract which response fields are always there. Jackson writes every property of a view, null or
 * not, so each property of a schema that only responses use is required; one that can be null says so in its type
 * ({@code @Schema(nullable = true)} on the record component). Generated clients then type a field as present, and as
 * possibly null only where it can be. Problem is written without its empty fields, so only type, title and status are
 * required there. A schema that requests also use (Reach) keeps the required list its request side declares.
 */
final class ResponseContract {
    private static final String SCHEMAS = "#/components/schemas/";
    private static final List<String> PROBLEM_ALWAYS_SENT = List.of("type", "title", "status");

    private ResponseContract() {}

    static void apply(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> inResponses = new LinkedHashSet<>();
        Set<String> inRequests = new LinkedHashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getResponses() != null) {
                operation.getResponses().getAPIResponses().values().stream()
                        .filter(response -> response.getContent() != null)
                        .flatMap(response -> response.getContent().getMediaTypes().values().stream())
                        .forEach(media -> reach(media.getSchema(), schemas, inResponses));
            }
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().getMediaTypes().values()
                        .forEach(media -> reach(media.getSchema(), schemas, inRequests));
            }
        }));
        inResponses.removeAll(inRequests);
        inResponses.forEach(name -> alwaysSent(name, schemas.get(name)));
    }

    private static void alwaysSent(String name, Schema schema) {
        if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
            return;
        }
        schema.setRequired(new ArrayList<>(name.equals("Problem") ? PROBLEM_ALWAYS_SENT : schema.getProperties().keySet()));
        Map<String, Schema> properties = new java.util.LinkedHashMap<>();
        schema.getProperties().forEach((property, value) -> properties.put(property, nullableRef(value)));
        schema.setProperties(properties);
    }

    /**
     * SmallRye writes a nullable reference as {@code anyOf: [$ref, null]} beside the type of the reference (object for
     * a record); in JSON Schema both must hold, so null would still be refused: the anyOf alone says it.
     */
    private static Schema nullableRef(Schema property) {
        boolean anyOfAllowsNull = property.getAnyOf() != null && property.getAnyOf().stream()
                .anyMatch(part -> part.getType() != null && part.getType().contains(SchemaType.NULL));
        if (anyOfAllowsNull && property.getType() != null && !property.getType().contains(SchemaType.NULL)) {
            property.setType(null);
        }
        return property;
    }

    /** Collects the names of the component schemas a schema refers to, directly or through others. */
    private static void reach(Schema schema, Map<String, Schema> schemas, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            String name = schema.getRef().substring(SCHEMAS.length());
            if (names.add(name)) {
                reach(schemas.get(name), schemas, names);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> reach(property, schemas, names));
        }
        reach(schema.getItems(), schemas, names);
        reach(schema.getAdditionalPropertiesSchema(), schemas, names);
        for (List<Schema> composed : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
            if (composed != null) {
                composed.forEach(part -> reach(part, schemas, names));
            }
        }
    }
}
