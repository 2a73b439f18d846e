package org.tandem.robustness;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.List;

/** Raw JSON text built by hand, so a body can hold what no serialiser writes: duplicated keys, bad bytes. */
final class Json {
    private Json() {}

    /** As the problem answer names it: {@code members[0].role}, {@code [0].text} for an array body. */
    static String pathName(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object segment : path) {
            if (segment instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(segment);
            }
        }
        return name.toString();
    }

    /** A body holding {@code valueJson} at {@code path}, and nothing else. */
    static String member(List<Object> path, String valueJson) {
        return enclose(path, valueJson);
    }

    /** A body whose innermost object names the last key of {@code path} twice. */
    static String duplicate(List<Object> path, String first, String second) {
        String key = quote((String) path.get(path.size() - 1));
        String object = "{" + key + ":" + first + "," + key + ":" + second + "}";
        return enclose(path.subList(0, path.size() - 1), object);
    }

    /** A body holding a JSON string made of {@code rawBytes} at {@code path}. */
    static byte[] memberBytes(List<Object> path, byte[] rawBytes) {
        String marker = "\u0000RAW\u0000";
        String[] around = member(path, "\"" + marker + "\"").split(marker, -1);
        return Variants.concat(around[0].getBytes(UTF_8), rawBytes, around[1].getBytes(UTF_8));
    }

    static String array(java.util.function.IntFunction<String> itemJson, int count) {
        StringBuilder array = new StringBuilder(count * 40).append('[');
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                array.append(',');
            }
            array.append(itemJson.apply(i));
        }
        return array.append(']').toString();
    }

    private static String enclose(List<Object> path, String innermost) {
        String text = innermost;
        for (int i = path.size() - 1; i >= 0; i--) {
            Object segment = path.get(i);
            text = segment instanceof Integer ? "[" + text + "]" : "{" + quote((String) segment) + ":" + text + "}";
        }
        return text;
    }

    private static String quote(String key) {
        return "\"" + key + "\"";
    }
}
