package org.tandem.common.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times are stored as instants and shown in Europe/London, where Tandem's users meet. */
public final class LondonTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private LondonTime() {}

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }

    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** Midnight at the start of {@code date} in London, e.g. for a meeting whose time is still "TBC". */
    public static Instant startOf(LocalDate date) {
        return date.atStartOfDay(ZONE).toInstant();
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
