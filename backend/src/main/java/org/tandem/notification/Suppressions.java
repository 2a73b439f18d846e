package org.tandem.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The kinds of mail an address unsubscribed from with a one-click link ({@link UnsubscribeLinks#ALL_KINDS}: all). */
@ApplicationScoped
class Suppressions {
    private final EntityManager entityManager;

    Suppressions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    boolean suppressed(String recipientKey, String kind) {
        return !entityManager.createNativeQuery("SELECT 1 FROM notification_suppression WHERE recipient_key = :key "
                        + "AND kind IN (:kinds)")
                .setParameter("key", recipientKey).setParameter("kinds", List.of(kind, UnsubscribeLinks.ALL_KINDS))
                .getResultList().isEmpty();
    }

    /** Idempotent: unsubscribing twice is unsubscribing once. */
    void suppress(String recipientKey, String kind) {
        entityManager.createNativeQuery("INSERT INTO notification_suppression (recipient_key, kind, created_at) "
                        + "VALUES (:key, :kind, now()) ON CONFLICT DO NOTHING")
                .setParameter("key", recipientKey).setParameter("kind", kind).executeUpdate();
    }
}
