package org.tandem.common.change;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/** Record states as plain JSON values, and the fields two states differ in. */
public final class ChangeValues {
    private ChangeValues() {}

    /** Ids, enums, instants and dates become strings; sets become sorted lists; lists keep their order. */
    public static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Set<?> set) {
            List<Object> sorted = new ArrayList<>();
            set.forEach(item -> sorted.add(plain(item)));
            sorted.sort((a, b) -> String.valueOf(a).compareTo(String.valueOf(b)));
            return sorted;
        }
        if (value instanceof Collection<?> list) {
            List<Object> items = new ArrayList<>();
            list.forEach(item -> items.add(plain(item)));
            return items;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), plain(v)));
            return sorted;
        }
        if (value instanceof TemporalAccessor || value instanceof java.util.UUID) {
            return value.toString();
        }
        return value.toString();
    }

    public static Map<String, Object> plainState(Map<String, Object> state) {
        Map<String, Object> plain = new TreeMap<>();
        state.forEach((field, value) -> plain.put(field, plain(value)));
        return plain;
    }

    /** field → [before, after] for each field whose value differs (a field absent on one side is null there). */
    public static Map<String, List<Object>> differences(Map<String, Object> before, Map<String, Object> after) {
        Map<String, List<Object>> changed = new TreeMap<>();
        Set<String> fields = new java.util.TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            Object was = before.get(field);
            Object now = after.get(field);
            if (!Objects.equals(was, now)) {
                List<Object> pair = new ArrayList<>(2);
                pair.add(was);
                pair.add(now);
                changed.put(field, pair);
            }
        }
        return changed;
    }

    public static <V> Map<String, V> only(Map<String, V> values, Set<String> fields, boolean keep) {
        Map<String, V> selected = new LinkedHashMap<>();
        values.forEach((field, value) -> {
            if (fields.contains(field) == keep) {
                selected.put(field, value);
            }
        });
        return selected;
    }
}
