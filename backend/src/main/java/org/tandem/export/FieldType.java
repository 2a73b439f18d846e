package org.tandem.export;

/**
 * The kinds of value an exported field holds, as a Frictionless Table Schema names them, and how the SQL of an
 * export reads each one as text: every value travels as the text it is written as, so that no row is parsed into
 * Java objects and formatted again.
 */
enum FieldType {
    STRING("string", null),
    UUID("string", "uuid"),
    INTEGER("integer", null),
    NUMBER("number", null),
    BOOLEAN("boolean", null),
    /** A calendar date, YYYY-MM-DD (London dates, as the record holds them). */
    DATE("date", null),
    /** An instant as ISO-8601 in Europe/London with its offset, e.g. 2026-06-04T18:00:00+01:00 (the export's session time zone). */
    DATETIME("datetime", null);

    final String tableSchemaType;
    final String tableSchemaFormat;

    FieldType(String tableSchemaType, String tableSchemaFormat) {
        this.tableSchemaType = tableSchemaType;
        this.tableSchemaFormat = tableSchemaFormat;
    }

    /** The SQL expression read as this type's text. */
    String asText(String expression) {
        return switch (this) {
            case STRING -> expression;
            case UUID, INTEGER, NUMBER, BOOLEAN, DATE -> "(" + expression + ")::text";
            case DATETIME -> "to_char(" + expression + ", 'YYYY-MM-DD\"T\"HH24:MI:SSTZH:TZM')";
        };
    }

    /** Written bare in JSON (numbers, booleans) rather than as a string. */
    boolean isJsonLiteral() {
        return this == INTEGER || this == NUMBER || this == BOOLEAN;
    }
}
