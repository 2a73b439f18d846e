package org.tandem.budget;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * What claims have committed and paid against a partnership in a financial year, summed by the database from
 * the claim_ledger view (the claims feature's published read model). A claim counts in the financial year of
 * its meeting's date, when the cost was incurred, whenever it is paid.
 */
@ApplicationScoped
public class BudgetLedger {

    /** Approved but unpaid (committed), and paid, in pence. */
    public record Spent(long committedPence, long paidPence) {
        public long totalPence() {
            return committedPence + paidPence;
        }
    }

    public Spent spent(UUID partnershipId, FinancialYear year) {
        Object[] row = (Object[]) Panache.getEntityManager().createNativeQuery("""
                        select coalesce(sum(total_pence) filter (where status = 'APPROVED'), 0),
                               coalesce(sum(total_pence) filter (where status = 'PAID'), 0)
                        from claim_ledger
                        where partnership_id = ?1 and meeting_date between ?2 and ?3 and status in ('APPROVED', 'PAID')""")
                .setParameter(1, partnershipId).setParameter(2, year.firstDay()).setParameter(3, year.lastDay())
                .getSingleResult();
        return new Spent(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }
}
