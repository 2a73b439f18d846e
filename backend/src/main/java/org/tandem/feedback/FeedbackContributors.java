package org.tandem.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.Published;

/** Who to tell when an outcome moves ("you said, we did"): the contributors of its feedback who agreed to be contacted. */
@Published
@ApplicationScoped
public class FeedbackContributors {
    private final EntityManager entityManager;

    FeedbackContributors(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Everyone who gave feedback linked to this outcome and consented to be contacted (a person, or a bare email given
     * with consent); de-duplicated by person/email. Anonymised people are left out. People first, then bare
     * addresses, each with their oldest feedback item.
     */
    public List<FeedbackContributor> consentedContributorsOf(UUID outcomeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT f.contributor_person_id, coalesce(p.email, f.contributor_email), f.id "
                        + "FROM outcome_feedback ofb JOIN feedback f ON f.id = ofb.feedback_id "
                        + "LEFT JOIN person p ON p.id = f.contributor_person_id "
                        + "WHERE ofb.outcome_id = :outcome AND f.contributor_consented_at IS NOT NULL "
                        + "AND (f.contributor_person_id IS NULL OR p.anonymised_at IS NULL) "
                        + "ORDER BY f.contributor_person_id IS NULL, f.created_at, f.id") // people first: their addresses are known then
                .setParameter("outcome", outcomeId).getResultList();
        List<FeedbackContributor> contributors = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Object[] row : rows) {
            UUID personId = (UUID) row[0];
            String email = row[1] == null || ((String) row[1]).isBlank() ? null : (String) row[1];
            String address = email == null ? null : email.trim().toLowerCase(Locale.ROOT);
            boolean fresh = personId == null || seen.add(personId);
            // One message per human: a person whose address was also given bare is one contributor, not two.
            boolean newAddress = address == null || seen.add(address);
            if (personId != null ? fresh : newAddress) {
                contributors.add(new FeedbackContributor(personId, email, (UUID) row[2]));
            }
        }
        return contributors;
    }
}
