package org.tandem.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.tandem.common.events.DomainEvent;
import org.tandem.common.events.DomainEventConsumer;

/**
 * When a person is anonymised, the mail sent to them keeps no trace of them: address, name, subject, bodies,
 * unsubscribe link and attachments are erased, in the dispatcher's transaction. Mail not yet sent is not sent.
 * What stays (kind, status, times) says that a mail went, not to whom.
 */
@ApplicationScoped
class MailErasure implements DomainEventConsumer {
    static final String ERASED = "(erased)";
    private static final String ERASE = """
            UPDATE mail_message SET to_address = :erased, to_name = NULL, subject = :erased, body_text = NULL,
                body_html = NULL, unsubscribe_url = NULL,
                status = CASE WHEN status IN ('QUEUED', 'SENDING') THEN 'FAILED' ELSE status END,
                last_error = CASE WHEN status IN ('QUEUED', 'SENDING') THEN 'Not sent: the recipient was anonymised'
                    ELSE last_error END,
                next_attempt_at = NULL, leased_until = NULL, version = version + 1, updated_at = now()
            WHERE CAST(:recipient AS uuid) = ANY (person_ids)""";
    private static final String FORGET_ATTACHMENTS = """
            DELETE FROM mail_attachment WHERE mail_id IN (SELECT id FROM mail_message WHERE CAST(:recipient AS uuid) = ANY (person_ids))""";

    private final EntityManager entityManager;

    MailErasure(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void consume(DomainEvent event) {
        if (!event.type().equals("person.anonymised")) {
            return;
        }
        String recipient = event.entityId().toString();
        entityManager.createNativeQuery(FORGET_ATTACHMENTS).setParameter("recipient", recipient).executeUpdate();
        entityManager.createNativeQuery(ERASE).setParameter("recipient", recipient).setParameter("erased", ERASED).executeUpdate();
    }
}
