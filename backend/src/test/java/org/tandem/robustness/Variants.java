package org.tandem.robustness;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Malformed variants of one operation's body and parameters, derived from its schema in the contract, so a new
 * operation or field is covered without touching the test.
 */
final class Variants {
    static final String JSON = "application/json";
    static final int HUGE_STRING = 1 << 20;
    static final int HUGE_ARRAY = 100_000;
    static final int DEEP = 5_000;
    /** The server's limit on a request body (quarkus.http.limits.max-body-size). */
    static final int BODY_LIMIT = 10 << 20;
    /**
     * Just above the limit: the server answers and closes the connection while a client may still be sending, and
     * a small excess fits in the socket's buffers instead of meeting a reset.
     */
    static final int TOO_LARGE_BODY = BODY_LIMIT + (64 << 10);
    /** Long for a URL, still within what the HTTP layer reads as a request line. */
    static final int LONG_PARAMETER = 2_000;
    static final String FORTY_DIGITS = "1234567890123456789012345678901234567890";
    /** 0xC3 starts a two-byte sequence; 0x28 cannot continue it. */
    static final byte[] BAD_UTF8 = {(byte) 0xC3, (byte) 0x28};
    private static final int MAX_DEPTH = 3;

    private final Contract contract;
    private final List<Variant> variants = new ArrayList<>();

    private Variants(Contract contract) {
        this.contract = contract;
    }

    static List<Variant> of(Contract contract, Contract.Operation operation) {
        Variants v = new Variants(contract);
        if (operation.body() != null && operation.bodyMediaTypes().contains(JSON)) {
            v.jsonBody(operation.body());
        } else if (operation.body() != null) {
            v.otherBody(operation.bodyMediaTypes().get(0));
        }
        v.parameters(operation);
        return v.variants;
    }

    private void jsonBody(JsonNode schema) {
        Shape root = Shape.of(schema);
        fieldsOf(schema, new ArrayList<>(), 0);
        any4xx("body null", "null");
        any4xx("body empty", "");
        any4xx("body bare string", "\"just a string\"");
        any4xx(root == Shape.ARRAY ? "body an object" : "body []", root == Shape.ARRAY ? "{}" : "[]");
        any4xx("body truncated", root == Shape.ARRAY ? "[{" : "{\"");
        any4xx("body nested arrays " + DEEP + " deep", "[".repeat(DEEP) + "]".repeat(DEEP));
        any4xx("body nested objects " + DEEP + " deep", "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP));
        any4xx("body as text/plain", "text/plain", root == Shape.ARRAY ? "[]" : "{}");
        variants.add(Variant.any4xx("body too large", JSON, Variants::tooLarge));
        variants.add(Variant.any4xx("body too large, without a length", JSON, Variants::tooLarge).sentWithoutLength());
        variants.add(Variant.any4xx("body bad UTF-8 bytes", JSON,
                () -> concat("\"".getBytes(UTF_8), BAD_UTF8, "\"".getBytes(UTF_8))));
    }

    /** Every property, and the properties of nested objects and array items, at its JSON path. */
    private void fieldsOf(JsonNode objectOrArray, List<Object> path, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (Shape.of(objectOrArray) == Shape.ARRAY) {
            JsonNode items = contract.resolve(objectOrArray.path("items"));
            List<Object> item = append(path, 0);
            if (Shape.of(items) == Shape.OBJECT) {
                fieldsOf(items, item, depth + 1);
            }
            return;
        }
        var required = Contract.required(objectOrArray);
        for (Map.Entry<String, JsonNode> property : contract.properties(objectOrArray).entrySet()) {
            if (property.getValue().path("readOnly").asBoolean()) {
                continue;
            }
            field(append(path, property.getKey()), property.getValue(), required.contains(property.getKey()), depth);
        }
    }

    private void field(List<Object> path, JsonNode schema, boolean required, int depth) {
        Shape shape = Shape.of(schema);
        String name = Json.pathName(path);
        String sample = shape.sampleJson(schema);
        for (String[] wrong : shape.wrongJson()) {
            field(name + " wrongly typed (" + wrong[0] + ")", Json.member(path, wrong[1]), name);
            field(name + " duplicated, second wrongly typed (" + wrong[0] + ")", Json.duplicate(path, sample, wrong[1]), name);
        }
        field(name + " duplicated", Json.duplicate(path, sample, sample), name);
        if (required) {
            field(name + " null", Json.member(path, "null"), name);
        } else {
            below500(name + " null", Json.member(path, "null"));
        }
        switch (shape) {
            case STRING -> {
                Supplier<String> huge = () -> Json.member(path, "\"" + "a".repeat(HUGE_STRING) + "\"");
                if (schema.has("maxLength")) {
                    field(name + " 1 MB string", huge, name);
                } else {
                    below500(name + " 1 MB string", huge);
                }
                variants.add(Variant.field(name + " bad UTF-8 bytes", JSON, () -> Json.memberBytes(path, BAD_UTF8), name));
            }
            case INTEGER, NUMBER -> {
                if (shape == Shape.INTEGER) {
                    // A fraction is refused, not cut to a whole number.
                    field(name + " 12.5", Json.member(path, "12.5"), name);
                }
                boolean bounded = shape == Shape.INTEGER || schema.has("maximum");
                for (String big : List.of("1e400", FORTY_DIGITS, "-" + FORTY_DIGITS)) {
                    if (bounded) {
                        field(name + " " + big, Json.member(path, big), name);
                    } else {
                        below500(name + " " + big, Json.member(path, big));
                    }
                }
            }
            case ARRAY -> {
                JsonNode items = contract.resolve(schema.path("items"));
                Shape itemShape = Shape.of(items);
                Supplier<String> huge = () -> Json.member(path, Json.array(i -> itemShape.sampleJson(items, i), HUGE_ARRAY));
                // A set of a few enum values cannot grow long: duplicates in it are the same item.
                boolean collapses = schema.path("uniqueItems").asBoolean() && itemShape == Shape.ENUM;
                if (schema.has("maxItems") && !collapses) {
                    field(name + " " + HUGE_ARRAY + " items", huge, name);
                } else {
                    below500(name + " " + HUGE_ARRAY + " items", huge);
                }
                for (String[] wrong : itemShape.wrongJson()) {
                    String item = Json.pathName(append(path, 0));
                    field(item + " wrongly typed (" + wrong[0] + ")", Json.member(append(path, 0), wrong[1]), item);
                }
                fieldsOf(schema, path, depth + 1);
            }
            case OBJECT -> fieldsOf(schema, path, depth + 1);
            default -> { }
        }
    }

    private void otherBody(String mediaType) {
        any4xx("body as application/json", JSON, "{}");
        any4xx("body empty", mediaType, "");
        variants.add(Variant.any4xx("body too large", mediaType, Variants::tooLarge));
        variants.add(Variant.any4xx("body too large, without a length", mediaType, Variants::tooLarge).sentWithoutLength());
    }

    private void parameters(Contract.Operation operation) {
        String baseBody = operation.body() == null ? null
                : operation.bodyMediaTypes().contains(JSON) ? (Shape.of(operation.body()) == Shape.ARRAY ? "[]" : "{}") : "";
        String contentType = operation.body() == null ? null : operation.bodyMediaTypes().get(0);
        Supplier<byte[]> body = baseBody == null ? null : () -> baseBody.getBytes(UTF_8);
        for (Contract.Parameter p : operation.parameters()) {
            if (p.in().equals("header")) {
                // Headers are free text here (If-Match, Idempotency-Key): a long one may be refused, never a 5xx.
                variants.add(new Variant("header " + p.name() + " " + LONG_PARAMETER + " characters", Map.of(), Map.of(),
                        Map.of(p.name(), "a".repeat(LONG_PARAMETER)), contentType, body, Variant.Expect.BELOW_500, null, false));
                continue;
            }
            if (!p.in().equals("path") && !p.in().equals("query")) {
                continue;
            }
            Shape shape = Shape.of(p.schema());
            Shape valueShape = shape == Shape.ARRAY ? Shape.of(contract.resolve(p.schema().path("items"))) : shape;
            String label = p.in() + " " + p.name();
            List<String[]> values = new ArrayList<>();
            if (valueShape.typedText()) {
                values.add(new String[] {"wrongly typed", valueShape.wrongParameter(), "field"});
            }
            if (valueShape == Shape.INTEGER) {
                values.add(new String[] {"40 digits", FORTY_DIGITS, "field"});
                values.add(new String[] {"largest value",
                        p.schema().path("format").asText().equals("int64") ? String.valueOf(Long.MAX_VALUE)
                                : String.valueOf(Integer.MAX_VALUE), "below500"});
            }
            values.add(new String[] {LONG_PARAMETER + " characters", "a".repeat(LONG_PARAMETER),
                    valueShape.typedText() || p.in().equals("path") ? "field" : "below500"});
            values.add(new String[] {"bad UTF-8 (%C3%28)", "%C3%28",
                    valueShape.typedText() || p.in().equals("path") ? "field" : "below500"});
            for (String[] value : values) {
                Variant v = value[2].equals("field")
                        ? new Variant(label + " " + value[0], Map.of(), Map.of(), Map.of(), contentType, body, Variant.Expect.FIELD, p.name(), false)
                        : new Variant(label + " " + value[0], Map.of(), Map.of(), Map.of(), contentType, body, Variant.Expect.BELOW_500, null, false);
                variants.add(p.in().equals("path")
                        ? v.withParameters(Map.of(p.name(), value[1]), Map.of(), Map.of())
                        : v.withParameters(Map.of(), Map.of(p.name(), value[1]), Map.of()));
            }
        }
    }

    private void field(String name, String json, String field) {
        field(name, () -> json, field);
    }

    private void field(String name, Supplier<String> json, String field) {
        variants.add(Variant.field(name, JSON, () -> json.get().getBytes(UTF_8), field));
    }

    private void below500(String name, String json) {
        below500(name, () -> json);
    }

    private void below500(String name, Supplier<String> json) {
        variants.add(Variant.below500(name, JSON, () -> json.get().getBytes(UTF_8)));
    }

    private void any4xx(String name, String json) {
        any4xx(name, JSON, json);
    }

    private void any4xx(String name, String contentType, String text) {
        variants.add(Variant.any4xx(name, contentType, () -> text.getBytes(UTF_8)));
    }

    /** Blank space inside braces: only its size is wrong. */
    private static byte[] tooLarge() {
        byte[] body = new byte[TOO_LARGE_BODY];
        java.util.Arrays.fill(body, (byte) ' ');
        body[0] = '{';
        body[body.length - 1] = '}';
        return body;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static List<Object> append(List<Object> path, Object segment) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(segment);
        return longer;
    }
}
