package org.tandem.budget;

import java.util.function.Consumer;

/** Running totals of what an export wrote, so that its total row adds up to exactly the lines above it. */
final class ExportTotals implements Consumer<ExportLine> {
    long claims;
    long involvementPence;
    long expensesPence;
    long totalPence;

    @Override
    public void accept(ExportLine line) {
        claims++;
        involvementPence += line.involvementPence();
        expensesPence += line.expensesPence();
        totalPence += line.totalPence();
    }
}
