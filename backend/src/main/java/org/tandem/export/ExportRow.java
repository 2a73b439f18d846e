package org.tandem.export;

import java.util.Map;

/** One row on its way out: the text of each field (null for none), and the hidden columns read for transforms. */
final class ExportRow {
    private final Map<String, Integer> positions;
    private final String[] values;
    private final Map<String, Object> hidden;

    ExportRow(Map<String, Integer> positions, String[] values, Map<String, Object> hidden) {
        this.positions = positions;
        this.values = values;
        this.hidden = hidden;
    }

    String get(String field) {
        return values[position(field)];
    }

    void set(String field, String value) {
        values[position(field)] = value;
    }

    Object hidden(String column) {
        return hidden.get(column);
    }

    String[] values() {
        return values;
    }

    private int position(String field) {
        Integer position = positions.get(field);
        if (position == null) {
            throw new IllegalArgumentException("no field " + field);
        }
        return position;
    }
}
