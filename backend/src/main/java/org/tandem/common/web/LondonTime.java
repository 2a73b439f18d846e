package org.tandem.common.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times are stored as instants and shown in Europe/London, where Tandem's users meet. */
public final class LondonTime {
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private LondonTime() {}

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }
}
