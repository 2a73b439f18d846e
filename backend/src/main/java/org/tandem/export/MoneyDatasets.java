package org.tandem.export;

import java.util.List;
import org.tandem.claim.ClaimCategory;
import org.tandem.claim.ClaimStatus;

/**
 * Money, without anyone's claim in it: claims only as totals per partnership, financial year, category and status
 * (withheld where few people claimed), and budgets, which are the running organisation's alone.
 */
final class MoneyDatasets {
    private static final String MEETING_DAY = "(m.starts_at AT TIME ZONE 'Europe/London')::date";
    /** The financial year (April to March) of the claim's meeting, as "2025-26". */
    private static final String FINANCIAL_YEAR = "(extract(year FROM " + MEETING_DAY + ")::int - CASE WHEN extract(month FROM "
            + MEETING_DAY + ") < 4 THEN 1 ELSE 0 END)";
    private static final String FINANCIAL_YEAR_TEXT = FINANCIAL_YEAR + "::text || '-' || lpad(((" + FINANCIAL_YEAR
            + " + 1) % 100)::text, 2, '0')";
    private static final String SPENT = "(SELECT coalesce(sum(cl.total_pence), 0) FROM claim_ledger cl WHERE cl.partnership_id = b.partnership_id "
            + "AND cl.status = '%s' AND cl.meeting_date >= to_date(substr(b.financial_year, 1, 4) || '-04-01', 'YYYY-MM-DD') "
            + "AND cl.meeting_date < to_date(substr(b.financial_year, 1, 4) || '-04-01', 'YYYY-MM-DD') + interval '1 year')";
    private static final String BUDGET_START = "to_date(substr(b.financial_year, 1, 4) || '-04-01', 'YYYY-MM-DD')";

    private MoneyDatasets() {}

    static List<Dataset> all() {
        return List.of(claimTotals(), budgets());
    }

    private static Dataset claimTotals() {
        return Dataset.named("claim-totals")
                .about("Claims, totalled", "Reimbursement claims made to your organisation (drafts aside), totalled per "
                        + "partnership, financial year (of the meeting claimed for), category and status. No claim and no "
                        + "claimant is ever shown on its own.")
                .from("claim c JOIN claim_line l ON l.claim_id = c.id JOIN meeting m ON m.id = c.meeting_id")
                .visibleWhen("c.organisation_id = {org} AND c.status <> 'DRAFT'")
                .partnershipFilter("c.partnership_id = {partnership}")
                .dateFilter(MEETING_DAY, FieldType.DATE, "the day of the meeting claimed for")
                .updated("c.updated_at").groupBy("1, 2, 3, 4").orderBy("1, 2, 3, 4")
                .field(Field.id("partnershipId", "c.partnership_id", "The partnership.").notNull().references("partnerships", "id"))
                .field(Field.text("financialYear", FINANCIAL_YEAR_TEXT, "The financial year (April to March), e.g. 2025-26.").notNull())
                .field(Field.oneOf("category", "l.category", ClaimCategory.class, "What was claimed for.").notNull())
                .field(Field.oneOf("status", "c.status", ClaimStatus.class, "Where the claims stand.").notNull())
                .field(Field.peopleCount("claimants", "count(DISTINCT c.claimant_person_id)", "How many people claimed."))
                .field(Field.integer("claims", "count(DISTINCT c.id)", "How many claims.").min(0).withheldWith("claimants"))
                .field(Field.integer("amountPence", "sum(l.amount_pence)", "Their total, in pence.").min(0).withheldWith("claimants"))
                .primaryKey("partnershipId", "financialYear", "category", "status")
                .build();
    }

    private static Dataset budgets() {
        return Dataset.named("budgets")
                .about("Budgets", "The reimbursement budget of each partnership your organisation runs, per financial year, "
                        + "with what approved claims commit and what is paid. Notes are not exported (free text).")
                .from("budget b").visibleWhen("b.partnership_id IN " + Visibility.OWNED_PARTNERSHIPS)
                .partnershipFilter("b.partnership_id = {partnership}")
                .dateFilter(BUDGET_START, FieldType.DATE, "the first day of the financial year (1 April)")
                .updated("b.updated_at").orderBy("b.partnership_id, b.financial_year")
                .field(Field.id("id", "b.id", "The budget's id.").notNull())
                .field(Field.id("partnershipId", "b.partnership_id", "The partnership.").notNull().references("partnerships", "id"))
                .field(Field.text("financialYear", "b.financial_year", "The financial year (April to March), e.g. 2025-26.").notNull())
                .field(Field.integer("allocatedPence", "b.allocated_pence", "What was allocated, in pence.").notNull().min(0))
                .field(Field.integer("committedPence", SPENT.formatted("APPROVED"), "What approved, unpaid claims commit, in pence.")
                        .notNull().min(0))
                .field(Field.integer("paidPence", SPENT.formatted("PAID"), "What has been paid, in pence.").notNull().min(0))
                .field(Field.integer("remainingPence", "b.allocated_pence - " + SPENT.formatted("APPROVED") + " - " + SPENT.formatted("PAID"),
                        "Allocated less committed and paid, in pence (negative when overspent).").notNull())
                .versionAndTimes("b", "When it was set.")
                .changedBy("budget", "id")
                .build();
    }
}
