package org.tandem.reimbursement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void aRateTimesAQuantityRoundsHalfUpToThePenny() {
        assertEquals(554, Money.times(45, new BigDecimal("12.3")));     // 553.5
        assertEquals(553, Money.times(45, new BigDecimal("12.29")));    // 553.05
        assertEquals(450, Money.times(45, new BigDecimal("10.01")));    // 450.45
        assertEquals(23, Money.times(45, new BigDecimal("0.5")));       // 22.5
        assertEquals(0, Money.times(45, new BigDecimal("0.01")));       // 0.45
        assertEquals(1, Money.times(45, new BigDecimal("0.02")));       // 0.9
        assertEquals(1, Money.times(50, new BigDecimal("0.01")));       // 0.5
        assertEquals(1666, Money.times(1333, new BigDecimal("1.25")));  // 1666.25
        assertEquals(3333, Money.times(1333, new BigDecimal("2.5")));   // 3332.5
        assertEquals(90000, Money.times(45, new BigDecimal("2000")));
    }

    @Test
    void penceAreWrittenAsPounds() {
        assertEquals("553.50", Money.decimal(55350));
        assertEquals("0.07", Money.decimal(7));
        assertEquals("-1.94", Money.decimal(-194));
        assertEquals("£1,234.56", Money.pounds(123456));
        assertEquals("-£1.94", Money.pounds(-194));
    }
}
