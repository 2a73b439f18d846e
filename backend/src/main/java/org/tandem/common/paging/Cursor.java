package org.tandem.common.paging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.tandem.common.problem.ProblemException;

/**
 * A position in a list walked in order of change: the last item's (updatedAt, id). Clients treat it as opaque; it is
 * base64url of the two, so that the next page starts strictly after that item whatever changed in between.
 */
record Cursor(Instant updatedAt, UUID id) {
    /** Base64url of at most "{seconds}.{nanoseconds}|{uuid}", with room to spare. */
    static final int MAX_LENGTH = 100;
    static final String PATTERN = "^[A-Za-z0-9_-]+$";
    private static final String SEPARATOR = "|";

    String encode() {
        String text = updatedAt.getEpochSecond() + "." + String.format("%09d", updatedAt.getNano()) + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static Cursor decode(String value, String field) {
        try {
            if (value.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            String text = new String(Base64.getUrlDecoder().decode(value.trim()), StandardCharsets.UTF_8);
            int separator = text.indexOf(SEPARATOR);
            String[] time = text.substring(0, separator).split("\\.", -1);
            if (time.length != 2 || time[1].length() != 9) {
                throw new IllegalArgumentException("not a time");
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1]));
            return new Cursor(at, UUID.fromString(text.substring(separator + 1)));
        } catch (IllegalArgumentException | IndexOutOfBoundsException | java.time.DateTimeException e) {
            throw ProblemException.invalid(field, "is not a cursor this list answered (take nextCursor, or the Link rel=\"next\", "
                    + "of the previous page)");
        }
    }
}
