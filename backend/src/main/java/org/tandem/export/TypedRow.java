package org.tandem.export;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A row as JSON values (numbers and booleans as such), for answers built in memory such as the change feed's. */
final class TypedRow {
    private TypedRow() {}

    static Map<String, Object> of(List<Field> fields, String[] values) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(fields.get(i).name(), typed(fields.get(i).type(), values[i]));
        }
        return row;
    }

    private static Object typed(FieldType type, String value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case INTEGER -> Long.parseLong(value);
            case NUMBER -> new BigDecimal(value);
            case BOOLEAN -> Boolean.parseBoolean(value);
            default -> value;
        };
    }
}
