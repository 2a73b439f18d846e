package org.tandem.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import org.tandem.common.problem.ProblemException;

/**
 * Parses filter query parameters, naming the parameter in a 400 when a value is wrong (JAX-RS would answer a
 * bad {@code UUID} or enum query parameter with a bare 404).
 */
public final class QueryValues {
    private QueryValues() {}

    public static UUID uuid(String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be a UUID");
        }
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }

    public static LocalDate date(String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date such as 2024-07-17");
        }
    }

    public static Boolean bool(String value, String field) {
        if (blank(value)) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid(field, "must be true or false");
        };
    }

    /** A time with an offset (2024-07-17T13:45:00Z). */
    public static Instant instant(String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            // An unescaped "+01:00" in a query string arrives as " 01:00".
            return OffsetDateTime.parse(value.trim().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a time with an offset, such as 2024-07-17T13:45:00Z");
        }
    }

    /** A time with an offset, or a date meaning the start of that day in London. */
    public static Instant from(String value, String field) {
        return bound(value, field, false);
    }

    /** A time with an offset (exclusive), or a date meaning up to the end of that day in London (inclusive). */
    public static Instant to(String value, String field) {
        return bound(value, field, true);
    }

    private static Instant bound(String value, String field, boolean endOfDay) {
        if (blank(value)) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.length() == 10) {
                LocalDate date = LocalDate.parse(text);
                return LondonTime.startOf(endOfDay ? date.plusDays(1) : date);
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date (2024-07-17) or a time with an offset (2024-07-17T13:45:00+01:00)");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
