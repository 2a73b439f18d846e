package org.tandem.budget;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tandem.common.Published;
import org.tandem.common.problem.ProblemException;

/** A UK public-sector financial year, 1 April to 31 March, written as "2024-25". */
@Published
public record FinancialYear(int startYear) {
    public static final String PATTERN = "^[0-9]{4}-[0-9]{2}$";
    private static final Pattern LABEL = Pattern.compile("^([0-9]{4})-([0-9]{2})$");

    /** The financial year holding {@code date}: 31 March 2025 is in 2024-25, 1 April 2025 in 2025-26. */
    public static FinancialYear of(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    /** @throws ProblemException 400 naming {@code field} unless {@code label} is like 2024-25 */
    public static FinancialYear parse(String label, String field) {
        Matcher m = LABEL.matcher(label == null ? "" : label.trim());
        if (!m.matches() || Integer.parseInt(m.group(2)) != (Integer.parseInt(m.group(1)) + 1) % 100) {
            throw ProblemException.invalid(field, "must be a financial year such as 2024-25");
        }
        return new FinancialYear(Integer.parseInt(m.group(1)));
    }

    /** As {@link #parse}, or null when {@code label} is blank (an optional filter). */
    public static FinancialYear parseOptional(String label, String field) {
        return label == null || label.isBlank() ? null : parse(label, field);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    public String label() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }

    @Override
    public String toString() {
        return label();
    }
}
