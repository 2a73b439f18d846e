package org.tandem.common.openapi;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.tandem.common.paging.PageRequest;
import org.tandem.common.web.Versions;

/**
 * States the bounds the server already enforces, so that a client (and a security review) can see them:
 * a UUID, date or date-time is at most as long as its longest valid form (longer ones fail to parse: 400);
 * an int32 or int64 is within its range (Jackson refuses an overflow: 400); page and size are within PageRequest's
 * limits; If-Match is an ETag (Versions); and a request body's objects take no properties beyond their own (quarkus.jackson.fail-on-unknown-properties).
 * A bound is only added where the schema states none.
 */
final class RequestLimits {
    private static final Map<String, Integer> LONGEST_BY_FORMAT = Map.of(
            "uuid", 36,
            "date", 16, // +999999999-12-31
            "date-time", 64);
    private static final String SCHEMAS = "#/components/schemas/";
    /** quarkus.http.limits.max-initial-line-length (4096): no query or path value can be longer. */
    private static final int LONGEST_REQUEST_LINE = 4096;
    /** quarkus.http.limits.max-header-size (20K): no header value can be longer. */
    private static final int LONGEST_HEADERS = 20 * 1024;
    /** quarkus.http.limits.max-body-size (10M): no body can be larger. */
    private static final int LARGEST_BODY = 10 * 1024 * 1024;

    private RequestLimits() {
    }

    static void addTo(OpenAPI openAPI) {
        Map<Schema, Boolean> seen = new IdentityHashMap<>();
        Consumer<Schema> bound = schema -> walk(schema, seen);
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(bound);
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getParameters() != null) {
            openAPI.getComponents().getParameters().values().forEach(p -> parameter(p, bound));
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(p -> parameter(p, bound));
            }
            if (operation.getRequestBody() != null) {
                forEachSchema(operation.getRequestBody().getContent(), bound);
                forEachSchema(operation.getRequestBody().getContent(), RequestLimits::boundedByTheBodyLimit);
            }
        }));
        closeRequestOnlyObjects(openAPI);
    }

    private static void parameter(Parameter parameter, Consumer<Schema> bound) {
        Schema schema = parameter.getSchema();
        if (schema == null) {
            return;
        }
        // A UUID or date parameter is a string in the URL: say so, so that its format bounds it.
        if (schema.getType() == null && schema.getFormat() != null) {
            schema.addType(Schema.SchemaType.STRING);
        }
        if ("If-Match".equals(parameter.getName()) && schema.getPattern() == null) {
            schema.pattern(Versions.IF_MATCH_PATTERN).maxLength(Versions.IF_MATCH_LONGEST);
        }
        if ("page".equals(parameter.getName()) && schema.getMinimum() == null) {
            schema.minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(Integer.MAX_VALUE));
        } else if ("size".equals(parameter.getName()) && schema.getMinimum() == null) {
            schema.minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE));
        }
        bound.accept(schema);
        int longest = parameter.getIn() == Parameter.In.HEADER ? LONGEST_HEADERS : LONGEST_REQUEST_LINE;
        boundedBy(schema, longest);
        if (schema.getItems() != null) {
            boundedBy(schema.getItems(), longest);
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.maxItems(longest / 2); // each value takes at least "x&"
        }
    }

    private static void boundedBy(Schema schema, int longest) {
        if (schema.getRef() == null && schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING)
                && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            schema.maxLength(longest);
        }
    }

    /** A body that is not JSON (a receipt's file) is one string, as long as a body can be. */
    private static void boundedByTheBodyLimit(Schema schema) {
        if (schema != null && schema.getProperties() == null) {
            boundedBy(schema, LARGEST_BODY);
        }
    }

    private static void walk(Schema schema, Map<Schema, Boolean> seen) {
        if (schema == null || seen.put(schema, true) != null) {
            return;
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null
                && schema.getEnumeration() == null && schema.getFormat() != null) {
            Integer longest = LONGEST_BY_FORMAT.get(schema.getFormat());
            if (longest != null) {
                schema.maxLength(longest);
            }
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER)) {
            boolean int32 = "int32".equals(schema.getFormat());
            boolean int64 = "int64".equals(schema.getFormat());
            if (schema.getMinimum() == null && (int32 || int64)) {
                schema.minimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null && (int32 || int64)) {
                schema.maximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> walk(s, seen));
        }
        walk(schema.getItems(), seen);
        for (var parts : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (parts != null) {
                parts.forEach(s -> walk(s, seen));
            }
        }
    }

    /** Schemas only requests use are closed; one a response also uses stays open, so that it can grow. */
    private static void closeRequestOnlyObjects(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Set<String> requested = new HashSet<>();
        Set<String> answered = new HashSet<>();
        for (var item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    forEachSchema(operation.getRequestBody().getContent(), s -> referenced(s, schemas, requested));
                }
                if (operation.getResponses() != null) {
                    operation.getResponses().getAPIResponses().values()
                            .forEach(r -> forEachSchema(r.getContent(), s -> referenced(s, schemas, answered)));
                }
            }
        }
        requested.removeAll(answered);
        requested.stream().map(schemas::get)
                .filter(s -> s.getProperties() != null && s.getAdditionalPropertiesSchema() == null
                        && s.getAdditionalPropertiesBoolean() == null)
                .forEach(s -> s.additionalPropertiesBoolean(false));
    }

    private static void referenced(Schema schema, Map<String, Schema> schemas, Set<String> names) {
        if (schema == null) {
            return;
        }
        if (schema.getRef() != null && schema.getRef().startsWith(SCHEMAS)) {
            String name = schema.getRef().substring(SCHEMAS.length());
            if (names.add(name) && schemas.containsKey(name)) {
                referenced(schemas.get(name), schemas, names);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(s -> referenced(s, schemas, names));
        }
        referenced(schema.getItems(), schemas, names);
        for (var parts : java.util.Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (parts != null) {
                parts.forEach(s -> referenced(s, schemas, names));
            }
        }
    }

    private static void forEachSchema(Content content, Consumer<Schema> action) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().forEach(media -> action.accept(media.getSchema()));
        }
    }
}
