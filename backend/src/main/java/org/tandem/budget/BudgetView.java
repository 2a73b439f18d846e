package org.tandem.budget;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.LondonTime;
import org.tandem.reimbursement.Money;

@Schema(name = "Budget", description = """
        A partnership's reimbursement budget for a financial year, in pence. Committed (approved, not yet paid), paid and
        remaining are computed from the claims for meetings in that year whenever you ask; remaining is negative when an
        approval overrode the budget.""")
public record BudgetView(
        UUID id,
        UUID partnershipId,
        @Schema(examples = "Lewisham People's Partnership") String partnershipName,
        @Schema(examples = "2024-25") String financialYear,
        @Schema(examples = "2024-04-01") LocalDate startsOn,
        @Schema(examples = "2025-03-31") LocalDate endsOn,
        @Schema(examples = "500000") long allocatedPence,
        @Schema(description = "Approved claims not yet paid", examples = "45000") long committedPence,
        @Schema(examples = "120000") long paidPence,
        @Schema(description = "allocated - committed - paid", examples = "335000") long remainingPence,
        @Schema(examples = "GBP") String currency,
        @Schema(nullable = true) String notes,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(examples = "0") long version) {

    static BudgetView of(Budget b, String partnershipName, BudgetLedger.Spent spent) {
        FinancialYear year = b.year();
        return new BudgetView(b.id, b.partnershipId, partnershipName, b.financialYear, year.firstDay(), year.lastDay(),
                b.allocatedPence, spent.committedPence(), spent.paidPence(), b.allocatedPence - spent.totalPence(),
                Money.CURRENCY, b.notes, LondonTime.of(b.createdAt), LondonTime.of(b.updatedAt), b.version);
    }
}
