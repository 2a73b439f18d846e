package org.tandem.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tandem.common.problem.ProblemException;

class FinancialYearTest {

    @Test
    void aFinancialYearRunsFromAprilToMarch() {
        assertEquals("2024-25", FinancialYear.of(LocalDate.of(2025, 3, 31)).label());
        assertEquals("2025-26", FinancialYear.of(LocalDate.of(2025, 4, 1)).label());
        assertEquals("2024-25", FinancialYear.of(LocalDate.of(2024, 4, 1)).label());
        assertEquals("1999-00", new FinancialYear(1999).label());
        FinancialYear year = FinancialYear.parse("2024-25", "financialYear");
        assertEquals(LocalDate.of(2024, 4, 1), year.firstDay());
        assertEquals(LocalDate.of(2025, 3, 31), year.lastDay());
        assertEquals(new FinancialYear(1999), FinancialYear.parse("1999-00", "financialYear"));
    }

    @Test
    void onlyConsecutiveYearsAreAFinancialYear() {
        for (String wrong : new String[] {"2024-26", "2024", "2024/25", "24-25", "2024-2025", "", " "}) {
            ProblemException e = assertThrows(ProblemException.class, () -> FinancialYear.parse(wrong, "financialYear"));
            assertEquals("financialYear", e.errors().get(0).field());
        }
        assertEquals(null, FinancialYear.parseOptional(" ", "financialYear"));
    }
}
