package org.tandem.notification;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.common.ids.RandomUuids;
import org.tandem.common.web.LondonTime;
import org.tandem.mail.MailQueue;

/**
 * The daily digest: at the configured London time, each person's notifications chosen for the digest and not yet in
 * one, grouped by partnership, in one mail. One digest per person and day: the first instance to insert its row
 * sends it; a backend that was down at that time sends it when it is back (the check runs every minute).
 */
@ApplicationScoped
class Digests {
    private final EntityManager entityManager;
    private final MailQueue mailQueue;
    private final NotificationMails mails;
    private final NotificationSchedule schedule;
    private final Suppressions suppressions;
    private final DigestEntries digestEntries;

    Digests(EntityManager entityManager, MailQueue mailQueue, NotificationMails mails, NotificationSchedule schedule,
            Suppressions suppressions, DigestEntries digestEntries) {
        this.digestEntries = digestEntries;
        this.suppressions = suppressions;
        this.entityManager = entityManager;
        this.mailQueue = mailQueue;
        this.mails = mails;
        this.schedule = schedule;
    }

    @Scheduled(every = "${tandem.notifications.digest-check-every:1m}", skipExecutionIf = NotificationSchedule.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendNow() {
        send(Instant.now());
    }

    /** Sends the digests due at {@code now}; returns how many were sent. */
    int send(Instant now) {
        if (LondonTime.of(now).toLocalTime().isBefore(schedule.digestAt())) {
            return 0;
        }
        LocalDate today = LondonTime.dateOf(now);
        List<UUID> waiting = QuarkusTransaction.requiringNew().call(() -> waitingPeople(today));
        int sent = 0;
        for (UUID person : waiting) {
            if (QuarkusTransaction.requiringNew().call(() -> sendTo(person, today))) {
                sent++;
            }
        }
        return sent;
    }

    @SuppressWarnings("unchecked")
    private List<UUID> waitingPeople(LocalDate today) {
        return entityManager.createNativeQuery("SELECT DISTINCT n.recipient_person_id FROM notification n "
                        + "WHERE n.delivery = 'DIGEST' AND n.digest_id IS NULL AND NOT EXISTS (SELECT 1 FROM notification_digest d "
                        + "WHERE d.person_id = n.recipient_person_id AND d.digest_date = :today)")
                .setParameter("today", today).getResultList();
    }

    private boolean sendTo(UUID person, LocalDate today) {
        UUID digestId = RandomUuids.next();
        int claimed = entityManager.createNativeQuery("INSERT INTO notification_digest (id, person_id, digest_date, created_at) "
                        + "VALUES (:id, :recipient, :today, now()) ON CONFLICT (person_id, digest_date) DO NOTHING")
                .setParameter("id", digestId).setParameter("recipient", person).setParameter("today", today).executeUpdate();
        if (claimed == 0) {
            return false; // another instance sent today's
        }
        entityManager.createNativeQuery("UPDATE notification SET digest_id = :digest WHERE recipient_person_id = :recipient "
                        + "AND delivery = 'DIGEST' AND digest_id IS NULL")
                .setParameter("digest", digestId).setParameter("recipient", person).executeUpdate();
        List<NotificationMails.DigestEntry> entries = digestEntries.of(digestId);
        Optional<Addressee> addressee = Addressee.of(Recipient.person(person), entityManager).filter(Addressee::mayEmail)
                .filter(to -> !suppressions.suppressed(to.recipient().key(), NotificationMails.DIGEST_KIND));
        if (entries.isEmpty() || addressee.isEmpty()) {
            return false; // consent withdrawn or unsubscribed since: they stay in the notification centre
        }
        UUID mailId = mailQueue.enqueue(mails.digest(digestId, addressee.get(), entries, Wording.day(today)));
        entityManager.createNativeQuery("UPDATE notification_digest SET mail_id = :mail WHERE id = :id")
                .setParameter("mail", mailId).setParameter("id", digestId).executeUpdate();
        return true;
    }
}
