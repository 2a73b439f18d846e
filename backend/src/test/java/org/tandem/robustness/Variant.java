package org.tandem.robustness;

import java.util.Map;
import java.util.function.Supplier;

/**
 * One malformed request and the answer it must get. {@code field} names the one field at fault (the answer's
 * {@code errors[].field} must name it); {@code BELOW_500} marks input that may legitimately be accepted,
 * which must still never get a 5xx. The body is made when the request is sent: some are megabytes.
 */
record Variant(String name, Map<String, String> pathValues, Map<String, String> query, Map<String, String> headers, String contentType, Supplier<byte[]> body,
        Expect expect, String field, boolean streamed) {

    enum Expect { FIELD, ANY_4XX, BELOW_500 }

    static Variant field(String name, String contentType, Supplier<byte[]> body, String field) {
        return new Variant(name, Map.of(), Map.of(), Map.of(), contentType, body, Expect.FIELD, field, false);
    }

    static Variant any4xx(String name, String contentType, Supplier<byte[]> body) {
        return new Variant(name, Map.of(), Map.of(), Map.of(), contentType, body, Expect.ANY_4XX, null, false);
    }

    static Variant below500(String name, String contentType, Supplier<byte[]> body) {
        return new Variant(name, Map.of(), Map.of(), Map.of(), contentType, body, Expect.BELOW_500, null, false);
    }

    /** Sent in chunks, without a Content-Length, so that the server finds its size only while reading it. */
    Variant sentWithoutLength() {
        return new Variant(name, pathValues, query, headers, contentType, body, expect, field, true);
    }

    Variant withParameters(Map<String, String> pathValues, Map<String, String> query, Map<String, String> headers) {
        return new Variant(name, pathValues, query, headers, contentType, body, expect, field, streamed);
    }
}
