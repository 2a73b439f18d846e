package org.tandem.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.tandem.common.ids.RandomUuids;
import org.tandem.mail.MailQueue;

/**
 * Records a notification once per recipient, kind and source, and queues its mail when the person wants it at once.
 * Nobody is mailed without an address and consent to be contacted, nor after unsubscribing from the kind; the
 * notification centre shows it all the same.
 */
@ApplicationScoped
class Notifications {
    private static final String INSERT = """
            INSERT INTO notification (id, recipient_key, recipient_person_id, recipient_email, organisation_id, partnership_id,
                kind, source_key, title, body, link, delivery, created_at)
            VALUES (:id, :key, :recipientId, :email, :orgId, :bodyId, :kind, :source, :title, :body, :link, :delivery, :now)
            ON CONFLICT ON CONSTRAINT notification_once DO NOTHING""";

    private final EntityManager entityManager;
    private final MailQueue mailQueue;
    private final NotificationMails mails;
    private final Suppressions suppressions;

    Notifications(EntityManager entityManager, MailQueue mailQueue, NotificationMails mails, Suppressions suppressions) {
        this.entityManager = entityManager;
        this.mailQueue = mailQueue;
        this.mails = mails;
        this.suppressions = suppressions;
    }

    /** The new notification's id, or empty when it was recorded before or there is nobody to tell. */
    @Transactional(Transactional.TxType.MANDATORY)
    Optional<UUID> record(NewNotification notification) {
        Optional<Addressee> found = Addressee.of(notification.recipient(), entityManager);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Addressee addressee = found.get();
        Delivery delivery = delivery(addressee, notification.kind());
        if (addressee.recipient().personId() == null && delivery == Delivery.NONE) {
            return Optional.empty(); // known only by address, and no mail: there is nowhere to show it
        }
        UUID id = RandomUuids.next();
        int inserted = entityManager.createNativeQuery(INSERT)
                .setParameter("id", id)
                .setParameter("key", notification.recipient().key())
                .setParameter("recipientId", notification.recipient().personId())
                .setParameter("email", notification.recipient().email())
                .setParameter("orgId", notification.organisationId())
                .setParameter("bodyId", notification.partnershipId())
                .setParameter("kind", notification.kind().key())
                .setParameter("source", notification.sourceKey())
                .setParameter("title", notification.title())
                .setParameter("body", notification.body())
                .setParameter("link", notification.link())
                .setParameter("delivery", delivery.name())
                .setParameter("now", Instant.now())
                .executeUpdate();
        if (inserted == 0) {
            return Optional.empty();
        }
        if (delivery == Delivery.IMMEDIATE) {
            UUID mailId = mailQueue.enqueue(mails.immediate(id, notification, addressee));
            entityManager.createNativeQuery("UPDATE notification SET mail_id = :mail WHERE id = :id")
                    .setParameter("mail", mailId).setParameter("id", id).executeUpdate();
        }
        return Optional.of(id);
    }

    private Delivery delivery(Addressee addressee, NotificationKind kind) {
        if (!addressee.mayEmail() || suppressions.suppressed(addressee.recipient().key(), kind.key())) {
            return Delivery.NONE;
        }
        UUID personId = addressee.recipient().personId();
        if (personId == null) {
            return Delivery.IMMEDIATE; // digests are per person
        }
        return NotificationSettings.<NotificationSettings>find("personId", personId).firstResultOptional()
                .map(settings -> settings.deliveryOf(kind)).orElse(kind.defaultDelivery());
    }
}
