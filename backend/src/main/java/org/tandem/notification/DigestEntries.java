package org.tandem.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** What one digest holds: its notifications grouped by partnership, in the order they happened. */
@ApplicationScoped
class DigestEntries {
    private final EntityManager entityManager;

    DigestEntries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<NotificationMails.DigestEntry> of(UUID digestId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT p.name, n.title, n.body, n.link FROM notification n "
                        + "LEFT JOIN partnership p ON p.id = n.partnership_id WHERE n.digest_id = :digest "
                        + "ORDER BY p.name NULLS LAST, n.created_at, n.id")
                .setParameter("digest", digestId).getResultList();
        return rows.stream()
                .map(row -> new NotificationMails.DigestEntry((String) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }
}
