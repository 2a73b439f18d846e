package org.tandem.common.persistence;

import io.quarkus.panache.common.Parameters;
import java.util.ArrayList;
import java.util.List;

/** Builds a Panache where-clause from the filters a request actually sets. */
public final class Filter {
    private final List<String> conditions = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    public static Filter where(String condition) {
        return new Filter().and(condition);
    }

    public Filter and(String condition) {
        conditions.add(condition);
        return this;
    }

    /** Adds {@code condition} (which uses {@code :name}) only when the value is present. */
    public Filter and(String condition, String name, Object value) {
        if (value != null && !(value instanceof String s && s.isBlank())) {
            conditions.add(condition);
            parameters.and(name, value);
        }
        return this;
    }

    public Filter bind(String name, Object value) {
        parameters.and(name, value);
        return this;
    }

    /** Adds a case-insensitive "contains" match on any of the given expressions. */
    public Filter containsText(String text, String... expressions) {
        if (text == null || text.isBlank()) {
            return this;
        }
        List<String> alternatives = new ArrayList<>();
        for (String expression : expressions) {
            alternatives.add("lower(" + expression + ") like :text");
        }
        conditions.add("(" + String.join(" or ", alternatives) + ")");
        parameters.and("text", "%" + text.trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%");
        return this;
    }

    public String query() {
        return conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
    }

    public Parameters parameters() {
        return parameters;
    }
}
