package org.tandem.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.tandem.common.web.LondonTime;

/** The people who are members of a partnership today (their membership started and has not ended). */
@ApplicationScoped
class PartnershipMembers {
    private final EntityManager entityManager;

    PartnershipMembers(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    List<UUID> current(UUID partnershipId) {
        return entityManager.createNativeQuery("SELECT DISTINCT m.person_id FROM partnership_member m "
                        + "JOIN person p ON p.id = m.person_id WHERE m.partnership_id = :partnership AND p.anonymised_at IS NULL "
                        + "AND (m.started_on IS NULL OR m.started_on <= :today) AND (m.ended_on IS NULL OR m.ended_on >= :today)")
                .setParameter("partnership", partnershipId).setParameter("today", LondonTime.today()).getResultList();
    }
}
