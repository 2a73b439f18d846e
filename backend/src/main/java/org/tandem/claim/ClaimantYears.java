package org.tandem.claim;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.budget.FinancialYear;
import org.tandem.reimbursement.Money;

/**
 * What each person was paid in a financial year, by the date paid (when the money reached them, which is what
 * matters for their benefits), summed by the database over the claim_ledger view.
 */
@ApplicationScoped
public class ClaimantYears {
    /** Sortable fields and the SQL they sort by. */
    static final Map<String, String> SORTABLE = Map.of("paidPence", "paid", "involvementPaidPence", "involvement");

    private static final String TOTALS = """
            select l.claimant_person_id as person_id, count(*) as claims, sum(l.total_pence) as paid,
                   sum(l.involvement_pence) as involvement, sum(l.expenses_pence) as expenses,
                   min(p.benefits_warning_pence) as threshold
            from claim_ledger l join reimbursement_policy p on p.id = l.policy_id
            where l.organisation_id = :organisation and l.status = 'PAID' and l.paid_on between :first and :last
              %s
            group by l.claimant_person_id""";
    private static final String WARNING = "threshold is not null and involvement > threshold";

    record Row(UUID personId, long claims, long paid, long involvement, long expenses, Long threshold) {
        ClaimantYearView view(String name, FinancialYear year) {
            return new ClaimantYearView(personId, name, year.label(), claims, paid, involvement, expenses, threshold,
                    threshold != null && involvement > threshold, Money.CURRENCY);
        }
    }

    /** One person's year; zeros when nothing was paid to them. */
    Row of(UUID organisationId, UUID personId, FinancialYear year) {
        List<Row> rows = rows(query("select * from (" + TOTALS.formatted("and l.claimant_person_id = :person") + ") t",
                organisationId, personId, year));
        return rows.isEmpty() ? new Row(personId, 0, 0, 0, 0, null) : rows.get(0);
    }

    /** Everyone paid in the year, optionally only those with (or without) the benefits warning. */
    List<Row> page(UUID organisationId, FinancialYear year, Boolean warning, Sort sort, int page, int size) {
        String order = sort.getColumns().stream()
                .map(c -> (c.getName().equals("id") ? "person_id" : c.getName())
                        + (c.getDirection() == Sort.Direction.Descending ? " desc" : " asc"))
                .collect(Collectors.joining(", "));
        Query query = query("select * from (" + TOTALS.formatted("") + ") t" + having(warning) + " order by " + order, organisationId,
                null, year);
        return rows(query.setFirstResult(page * size).setMaxResults(size));
    }

    long count(UUID organisationId, FinancialYear year, Boolean warning) {
        return ((Number) query("select count(*) from (" + TOTALS.formatted("") + ") t" + having(warning), organisationId, null, year)
                .getSingleResult()).longValue();
    }

    private static String having(Boolean warning) {
        return warning == null ? "" : warning ? " where " + WARNING : " where not (" + WARNING + ")";
    }

    private static Query query(String sql, UUID organisationId, UUID personId, FinancialYear year) {
        Query query = Panache.getEntityManager().createNativeQuery(sql).setParameter("organisation", organisationId)
                .setParameter("first", year.firstDay()).setParameter("last", year.lastDay());
        return personId == null ? query : query.setParameter("person", personId);
    }

    @SuppressWarnings("unchecked")
    private static List<Row> rows(Query query) {
        return ((List<Object[]>) query.getResultList()).stream()
                .map(r -> new Row((UUID) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                        ((Number) r[3]).longValue(), ((Number) r[4]).longValue(),
                        r[5] == null ? null : ((Number) r[5]).longValue()))
                .toList();
    }
}
