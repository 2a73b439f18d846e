package org.tandem.robustness;

import com.fasterxml.jackson.databind.JsonNode;


/** What a schema (of a property or a parameter) expects, as far as malformed input is concerned. */
enum Shape {
    STRING, UUID, DATE, DATE_TIME, ENUM, INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT;

    static Shape of(JsonNode schema) {
        if (schema.has("enum")) {
            return ENUM;
        }
        String format = schema.path("format").asText();
        return switch (typeOf(schema)) {
            case "integer" -> INTEGER;
            case "number" -> NUMBER;
            case "boolean" -> BOOLEAN;
            case "array" -> ARRAY;
            case "object" -> OBJECT;
            default -> switch (format) {
                case "uuid" -> UUID;
                case "date" -> DATE;
                case "date-time" -> DATE_TIME;
                default -> STRING;
            };
        };
    }

    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        if (type.isMissingNode() && schema.has("properties")) {
            return "object";
        }
        return type.asText();
    }

    /** A well-typed JSON value (not necessarily one the operation accepts). */
    String sampleJson(JsonNode schema) {
        return switch (this) {
            case STRING -> "\"sample\"";
            case UUID -> "\"" + java.util.UUID.randomUUID() + "\"";
            case DATE -> "\"2024-07-17\"";
            case DATE_TIME -> "\"2024-07-17T13:45:00+01:00\"";
            case ENUM -> "\"" + schema.path("enum").path(0).asText() + "\"";
            case INTEGER, NUMBER -> "1";
            case BOOLEAN -> "true";
            case ARRAY -> "[]";
            case OBJECT -> "{}";
        };
    }

    /** The i-th of many different well-typed values, so that a set of them keeps them all. */
    String sampleJson(JsonNode schema, int i) {
        return switch (this) {
            case STRING -> "\"sample " + i + "\"";
            case UUID -> "\"" + new java.util.UUID(0x5eed, i) + "\"";
            case INTEGER, NUMBER -> String.valueOf(i);
            default -> sampleJson(schema);
        };
    }

    /** Wrongly typed JSON values, each with what makes it wrong. */
    String[][] wrongJson() {
        String object = "{\"unexpected\":\"object\"}";
        return switch (this) {
            case STRING -> new String[][] {{"object", object}, {"array", "[\"a\"]"}};
            case UUID -> new String[][] {{"string", "\"not-a-uuid\""}, {"object", object}};
            case DATE -> new String[][] {{"string", "\"not-a-date\""}, {"object", object}};
            case DATE_TIME -> new String[][] {{"string", "\"not-a-time\""}, {"object", object}};
            case ENUM -> new String[][] {{"string", "\"NOT_A_VALUE\""}, {"object", object}};
            case INTEGER, NUMBER -> new String[][] {{"string", "\"not-a-number\""}, {"object", object}};
            case BOOLEAN -> new String[][] {{"string", "\"not-a-boolean\""}, {"object", object}};
            case ARRAY -> new String[][] {{"string", "\"not-an-array\""}, {"object", object}};
            case OBJECT -> new String[][] {{"string", "\"not-an-object\""}, {"array", "[]"}};
        };
    }

    /** A wrongly typed query or path value. */
    String wrongParameter() {
        return switch (this) {
            case UUID -> "not-a-uuid";
            case DATE, DATE_TIME -> "not-a-date";
            case ENUM, ARRAY -> "NOT_A_VALUE";
            case INTEGER, NUMBER -> "not-a-number";
            case BOOLEAN -> "not-a-boolean";
            default -> null;
        };
    }

    boolean typedText() {
        return this != STRING;
    }

}
