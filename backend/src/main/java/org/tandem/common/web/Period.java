package org.tandem.common.web;

import java.time.Instant;
import java.time.LocalDate;
import org.tandem.common.problem.ProblemException;

/**
 * A period of whole days in Europe/London, from the {@code from} query parameter to {@code to} (both inclusive, either may
 * be open), as totals and period filters take it. An instant belongs to the London day it falls on: 23:30 on 31 March
 * (BST) is 31 March, although it is already 1 April in UTC.
 */
public record Period(LocalDate from, LocalDate to) {

    /** Parses the {@code from} and {@code to} query parameters; 400 naming the field when one is no date or from is after to. */
    public static Period of(String from, String to) {
        Period period = new Period(QueryValues.date(from, "from"), QueryValues.date(to, "to"));
        if (period.from != null && period.to != null && period.from.isAfter(period.to)) {
            throw ProblemException.invalid("from", "must not be after to");
        }
        return period;
    }

    /** The first instant of the period (midnight in London at the start of from), or null when it is open. */
    public Instant startsAt() {
        return from == null ? null : LondonTime.startOf(from);
    }

    /** The first instant after the period (midnight in London after to), or null when it is open. */
    public Instant endsBefore() {
        return to == null ? null : LondonTime.startOf(to.plusDays(1));
    }
}
