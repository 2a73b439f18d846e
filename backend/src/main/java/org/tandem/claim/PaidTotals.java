package org.tandem.claim;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.budget.FinancialYear;
import org.tandem.person.PersonDirectory;
import org.tandem.reimbursement.Money;

/**
 * What was paid in a financial year (by the date paid, as {@link ClaimantYears}), per person and per category of
 * claim line, summed by the database.
 */
@ApplicationScoped
public class PaidTotals {
    private static final String SUMS = """
            select c.claimant_person_id, l.category, sum(l.amount_pence)
            from claim c join claim_line l on l.claim_id = c.id
            where c.organisation_id = :organisation and c.status = 'PAID' and c.paid_on between :first and :last
            group by c.claimant_person_id, l.category""";

    private final PersonDirectory people;

    PaidTotals(PersonDirectory people) {
        this.people = people;
    }

    PaidTotalsView of(UUID organisationId, FinancialYear year) {
        @SuppressWarnings("unchecked")
        List<Object[]> sums = Panache.getEntityManager().createNativeQuery(SUMS).setParameter("organisation", organisationId)
                .setParameter("first", year.firstDay()).setParameter("last", year.lastDay()).getResultList();
        Map<UUID, Map<ClaimCategory, Long>> byPerson = new LinkedHashMap<>();
        Map<ClaimCategory, Long> byCategory = new EnumMap<>(ClaimCategory.class);
        for (Object[] row : sums) {
            ClaimCategory category = ClaimCategory.valueOf((String) row[1]);
            long pence = ((Number) row[2]).longValue();
            byPerson.computeIfAbsent((UUID) row[0], id -> new EnumMap<>(ClaimCategory.class)).merge(category, pence, Long::sum);
            byCategory.merge(category, pence, Long::sum);
        }
        Map<UUID, String> names = people.namesOf(byPerson.keySet());
        List<PaidTotalsView.Person> rows = byPerson.entrySet().stream()
                .map(e -> new PaidTotalsView.Person(e.getKey(), names.get(e.getKey()), amounts(e.getValue()), sum(e.getValue())))
                .sorted(Comparator.comparing(PaidTotalsView.Person::displayName, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER))
                        .thenComparing(p -> p.personId().toString()))
                .toList();
        return new PaidTotalsView(year.label(), rows, amounts(byCategory), sum(byCategory), Money.CURRENCY);
    }

    /** Every category, in the order of {@link ClaimCategory}, with zero where nothing was paid. */
    private static List<PaidTotalsView.Amount> amounts(Map<ClaimCategory, Long> paid) {
        return Arrays.stream(ClaimCategory.values()).map(c -> new PaidTotalsView.Amount(c, paid.getOrDefault(c, 0L))).toList();
    }

    private static long sum(Map<ClaimCategory, Long> paid) {
        return paid.values().stream().mapToLong(Long::longValue).sum();
    }
}
