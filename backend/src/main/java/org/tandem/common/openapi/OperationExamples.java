package org.tandem.common.openapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Gives every operation an example of each parameter, request body and 2xx response, so that a partner developer
 * (or a generated client's docs) can see a working call. Examples are assembled from the schemas: a property's own
 * example first, then its enumeration, default or format, then a value that fits its name. A list's sort parameter
 * takes the fields its description names ("Sortable by a, b"), which the list's resource enforces, so that its
 * example works and its schema says which values do.
 */
final class OperationExamples {
    private static final Pattern SORTABLE_BY = Pattern.compile("Sortable by ([A-Za-z]+(?: \\([^)]*\\))?(?:, [A-Za-z]+(?: \\([^)]*\\))?)*)");
    // Deep enough for a page of records holding records (each property and each reference counts one level).
    private static final int DEEPEST = 30;
    private static final String SCHEMAS = "#/components/schemas/";

    private final OpenAPI openAPI;

    private OperationExamples(OpenAPI openAPI) {
        this.openAPI = openAPI;
    }

    static void addTo(OpenAPI openAPI) {
        var examples = new OperationExamples(openAPI);
        if (openAPI.getComponents() != null && openAPI.getComponents().getParameters() != null) {
            openAPI.getComponents().getParameters().values().forEach(p -> examples.exemplify(p, null));
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(examples::exemplify));
    }

    private void exemplify(Operation operation) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> p.getRef() == null).forEach(p -> exemplify(p, operation));
        }
        if (operation.getRequestBody() != null) {
            exemplify(operation.getRequestBody().getContent(), Direction.REQUEST);
        }
        if (operation.getResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("2")) {
                    exemplify(response.getContent(), Direction.RESPONSE);
                }
            });
        }
    }

    private void exemplify(Parameter parameter, Operation operation) {
        if ("sort".equals(parameter.getName()) && operation != null) {
            sortable(operation).ifPresent(fields -> {
                parameter.setSchema(parameter.getSchema().pattern("^(" + String.join("|", fields) + ")(,(asc|desc))?$")
                        .maxLength(64));
                parameter.setExample(fields.getFirst() + ",desc");
            });
            return;
        }
        if (parameter.getSchema() == null) {
            return;
        }
        if (parameter.getExample() != null) {
            return;
        }
        Object value = switch (parameter.getName()) {
            case "If-Match" -> "\"3\"";
            case "Idempotency-Key" -> "5b0c3f7e-2a1d-4c6b-9e8f-0a1b2c3d4e5f";
            case "X-Request-ID" -> "lewisham-sync-2026-11-04-0001";
            case "after" -> "NzQ4MjE6MTI";
            case "q" -> "Lewisham";
            case "actor" -> "Clayton";
            case "area" -> "Catford";
            case "version" -> 3;
            default -> example(parameter.getSchema(), parameter.getName(), Direction.REQUEST, 0);
        };
        parameter.setExample(value);
    }

    private static java.util.Optional<List<String>> sortable(Operation operation) {
        if (operation.getDescription() == null) {
            return java.util.Optional.empty();
        }
        Matcher matcher = SORTABLE_BY.matcher(operation.getDescription());
        if (!matcher.find()) {
            return java.util.Optional.empty();
        }
        List<String> fields = new ArrayList<>();
        for (String field : matcher.group(1).replaceAll(" \\([^)]*\\)", "").split(", ")) {
            fields.add(field.trim());
        }
        return java.util.Optional.of(fields);
    }

    private void exemplify(Content content, Direction direction) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            if (media.getExample() != null || media.getExamples() != null && !media.getExamples().isEmpty()) {
                return;
            }
            Object value = switch (type) {
                case "text/csv" -> "id,reference,status\r\n3f8b2c1e-6d4a-4f0b-9a7e-1c2d3e4f5a6b,TC-2026-0042,APPROVED\r\n";
                case "text/calendar" -> "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tandem//EN\r\nBEGIN:VEVENT\r\n"
                        + "UID:3f8b2c1e-6d4a-4f0b-9a7e-1c2d3e4f5a6b@tandem\r\nDTSTART:20260914T173000Z\r\n"
                        + "SUMMARY:Lewisham People's Partnership\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
                case "text/html" -> "<!DOCTYPE html><html lang=\"en\"><head><title>You are unsubscribed - Tandem</title></head>"
                        + "<body><main><h1>You are unsubscribed</h1></main></body></html>";
                case "application/x-ndjson" -> "{\"id\":\"3f8b2c1e-6d4a-4f0b-9a7e-1c2d3e4f5a6b\",\"name\":\"Healthwatch Lewisham\"}\n";
                default -> type.contains("json") && media.getSchema() != null ? example(media.getSchema(), null, direction, 0) : null;
            };
            if (value != null) {
                media.setExample(value);
            }
        });
    }

    /** An example of the schema; name is the property or parameter it describes (its examples read better). */
    private Object example(Schema schema, String name, Direction direction, int depth) {
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            return schema.getExamples().getFirst();
        }
        if (schema.getExample() != null) {
            return schema.getExample();
        }
        if (schema.getRef() != null) {
            Schema target = resolve(schema.getRef());
            return target == null || depth > DEEPEST ? null : example(target, name, direction, depth + 1);
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return schema.getEnumeration().getFirst();
        }
        if (schema.getDefaultValue() != null) {
            return schema.getDefaultValue();
        }
        for (List<Schema> choices : java.util.Arrays.asList(schema.getOneOf(), schema.getAnyOf())) {
            if (choices != null && !choices.isEmpty()) {
                return example(choices.getFirst(), name, direction, depth + 1);
            }
        }
        if (schema.getAllOf() != null && !schema.getAllOf().isEmpty()) {
            Map<String, Object> merged = new LinkedHashMap<>();
            for (Schema part : schema.getAllOf()) {
                if (example(part, name, direction, depth + 1) instanceof Map<?, ?> map) {
                    map.forEach((k, v) -> merged.put(String.valueOf(k), v));
                }
            }
            return merged;
        }
        Schema.SchemaType type = typeOf(schema);
        if (type == null) {
            return schema.getProperties() != null ? object(schema, direction, depth) : null;
        }
        return switch (type) {
            case OBJECT -> object(schema, direction, depth);
            case ARRAY -> array(schema, name, direction, depth);
            case STRING -> text(schema, name);
            case INTEGER -> whole(schema, name);
            case NUMBER -> schema.getMinimum() != null ? schema.getMinimum() : 12.5;
            case BOOLEAN -> false;
            case NULL -> null;
        };
    }

    private Map<String, Object> object(Schema schema, Direction direction, int depth) {
        Map<String, Object> value = new LinkedHashMap<>();
        if (schema.getProperties() == null || depth > DEEPEST) {
            return value;
        }
        schema.getProperties().forEach((property, propertySchema) -> {
            if (direction == Direction.REQUEST && Boolean.TRUE.equals(readOnly(propertySchema))) {
                return;
            }
            Object example = example(propertySchema, property, direction, depth + 1);
            if (example != null) {
                value.put(property, example);
            }
        });
        return value;
    }

    private Boolean readOnly(Schema schema) {
        if (schema.getReadOnly() != null || schema.getRef() == null) {
            return schema.getReadOnly();
        }
        Schema target = resolve(schema.getRef());
        return target == null ? null : target.getReadOnly();
    }

    private List<Object> array(Schema schema, String name, Direction direction, int depth) {
        List<Object> value = new ArrayList<>();
        if (schema.getItems() == null || depth > DEEPEST) {
            return value;
        }
        int count = schema.getMinItems() == null ? 1 : Math.max(1, schema.getMinItems());
        for (int i = 0; i < count; i++) {
            Object item = example(schema.getItems(), singular(name) + (i == 0 ? "" : i), direction, depth + 1);
            if (item != null) {
                value.add(item);
            }
        }
        return value;
    }

    private static Object whole(Schema schema, String name) {
        long value = name != null && name.toLowerCase().endsWith("pence") ? 1250 : name != null && name.equals("version") ? 3 : 1;
        if (schema.getMinimum() != null) {
            value = Math.max(value, schema.getMinimum().longValue());
        }
        if (schema.getMaximum() != null) {
            value = Math.min(value, schema.getMaximum().longValue());
        }
        return value;
    }

    private static String text(Schema schema, String name) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        String value = switch (format) {
            case "uuid" -> UUID.nameUUIDFromBytes((name == null ? "id" : name).getBytes(StandardCharsets.UTF_8)).toString();
            case "date" -> "2026-09-14";
            case "date-time" -> "2026-09-14T18:30:00+01:00";
            case "time", "local-time" -> "18:30:00";
            case "email" -> "julie.clayton@example.org";
            case "uri", "url" -> "http://localhost:8080/api/v1/partnerships/3f8b2c1e-6d4a-4f0b-9a7e-1c2d3e4f5a6b";
            case "duration" -> "PT1H30M";
            case "binary", "byte" -> "";
            default -> byName(name);
        };
        if (schema.getMaxLength() != null && value.length() > schema.getMaxLength()) {
            value = value.substring(0, schema.getMaxLength());
        }
        if (schema.getMinLength() != null && value.length() < schema.getMinLength()) {
            value = value + "x".repeat(schema.getMinLength() - value.length());
        }
        return value;
    }

    /** Words the teams use (from the seed data) for the properties they most often name. */
    private static String byName(String name) {
        String key = name == null ? "" : name.toLowerCase();
        if (key.endsWith("email")) {
            return "julie.clayton@example.org";
        }
        if (key.endsWith("id")) {
            return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
        }
        return switch (key) {
            case "name", "displayname", "ownername" -> "Julie Clayton";
            case "title" -> "Lewisham People's Partnership: September meeting";
            case "description", "text", "body", "summary" -> "People said the bus to the hospital is too infrequent after 6pm";
            case "notes", "note", "comment", "reason" -> "Feed back to the main group on 14 September";
            case "reference" -> "TC-2026-0042";
            case "code" -> "healthwatch-lewisham";
            case "area" -> "Catford";
            case "location" -> "Catford Library, Laurence House";
            case "phone" -> "020 8314 6000";
            default -> "Healthwatch Lewisham";
        };
    }

    private static String singular(String name) {
        if (name == null) {
            return null;
        }
        return name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
    }

    private static Schema.SchemaType typeOf(Schema schema) {
        if (schema.getType() == null) {
            return null;
        }
        return schema.getType().stream().filter(t -> t != Schema.SchemaType.NULL).findFirst()
                .orElse(Schema.SchemaType.NULL);
    }

    private Schema resolve(String ref) {
        if (!ref.startsWith(SCHEMAS) || openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return null;
        }
        return openAPI.getComponents().getSchemas().get(ref.substring(SCHEMAS.length()));
    }

    private enum Direction { REQUEST, RESPONSE }
}
