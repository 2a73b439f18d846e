package org.tandem.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.tandem.common.web.LondonTime;

/** Dates, times and quotations as notifications say them: plain English, in Europe/London. */
final class Wording {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mma", Locale.UK);
    private static final int QUOTED = 120;

    private Wording() {}

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "Tuesday 10 February 2027 at 10:00am", or only the day when the time is still to be confirmed. */
    static String when(Instant startsAt, boolean timeConfirmed) {
        var local = LondonTime.of(startsAt);
        String day = DAY.format(local);
        return timeConfirmed ? day + " at " + TIME.format(local).toLowerCase(Locale.UK) : day + " (time to be confirmed)";
    }

    /** A text shortened for a title, at a word where it can be. */
    static String quoted(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= QUOTED) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', QUOTED);
        return flat.substring(0, cut > QUOTED / 2 ? cut : QUOTED) + "…";
    }
}
