package org.tandem.budget;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.common.Published;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.problem.ProblemType;
import org.tandem.reimbursement.Money;

/** Keeps approvals within a partnership's budget for the year, unless someone overrides it with a reason. */
@Published
@ApplicationScoped
public class BudgetGuard {
    private final BudgetLedger ledger;

    BudgetGuard(BudgetLedger ledger) {
        this.ledger = ledger;
    }

    /**
     * Checks that committing {@code amountPence} more for a meeting on {@code meetingDate} keeps the partnership
     * within its budget for that financial year. The budget row stays locked until the transaction ends, so two
     * approvals cannot both take the last of it. A year without a budget has nothing allocated.
     *
     * @return true when the approval exceeds the budget and goes ahead on {@code overrideReason}
     * @throws ProblemException 409 when it would exceed the budget and no override reason is given
     */
    public boolean requireRoom(UUID partnershipId, LocalDate meetingDate, long amountPence, String overrideReason) {
        FinancialYear year = FinancialYear.of(meetingDate);
        Optional<Budget> budget = Budget.lockedFor(partnershipId, year);
        long allocated = budget.map(b -> b.allocatedPence).orElse(0L);
        BudgetLedger.Spent spent = ledger.spent(partnershipId, year);
        long remaining = allocated - spent.totalPence();
        if (amountPence <= remaining) {
            return false;
        }
        if (overrideReason != null && !overrideReason.isBlank()) {
            return true;
        }
        String position = budget.isEmpty() ? "the partnership has no budget for " + year
                : "the " + year + " budget of " + Money.pounds(allocated) + " has " + Money.pounds(spent.committedPence())
                        + " committed, " + Money.pounds(spent.paidPence()) + " paid and " + Money.pounds(remaining) + " remaining";
        throw new ProblemException(ProblemType.BUDGET_EXCEEDED, "Approving " + Money.pounds(amountPence)
                + " would exceed the budget: " + position + ". Give a budgetOverrideReason to approve it anyway.",
                List.of());
    }
}
