package org.tandem.reimbursement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.tandem.common.Published;

/** Money is integer pence of one currency everywhere; this is where pence are multiplied and written out. */
@Published
public final class Money {
    public static final String CURRENCY = "GBP";

    private Money() {}

    /**
     * A rate times a quantity (miles or hours), rounded half-up to the whole penny: 12.3 miles at 45p is 553.5p,
     * paid as 554p; 10.01 miles at 45p is 450.45p, paid as 450p.
     */
    public static long times(long ratePence, BigDecimal quantity) {
        return BigDecimal.valueOf(ratePence).multiply(quantity).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** Pounds with two decimals and no symbol or separators, as spreadsheets read them: 55350 is "553.50". */
    public static String decimal(long pence) {
        return BigDecimal.valueOf(pence, 2).toPlainString();
    }

    /** For messages: 55350 is "£553.50". */
    public static String pounds(long pence) {
        return (pence < 0 ? "-£" : "£") + String.format(Locale.UK, "%,.2f", BigDecimal.valueOf(Math.abs(pence), 2));
    }
}
