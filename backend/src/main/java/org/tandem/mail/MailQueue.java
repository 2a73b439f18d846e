package org.tandem.mail;

import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.hibernate.Session;
import org.tandem.common.Published;
import org.tandem.common.ids.RandomUuids;
import org.tandem.person.Person;

/**
 * Queues mail in the caller's transaction, so that a mail goes out exactly when the change that causes it commits,
 * and sent by the {@link MailSender} of any instance. The mail's dedup key makes queueing idempotent, so a consumer
 * offered an event again queues nothing new. The recipient is matched to the people who have that address (in any
 * organisation): their organisations' admins see the mail, and anonymising one of them erases it.
 */
@Published
@ApplicationScoped
@Unremovable // reached from other features (and tests) through Arc as well as injection
public class MailQueue {
    private static final String INSERT = """
            INSERT INTO mail_message (id, to_address, to_name, kind, subject, body_text, body_html, unsubscribe_url, dedup_key,
                person_ids, organisation_ids, status, attempts, next_attempt_at, version, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', 0, now(), 0, now(), now())
            ON CONFLICT (dedup_key) DO NOTHING""";
    private static final String ATTACH = """
            INSERT INTO mail_attachment (mail_id, position, filename, content_type, content) VALUES (?, ?, ?, ?, ?)""";

    private final EntityManager entityManager;

    MailQueue(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Queues the mail in the caller's transaction (there must be one); the same dedupKey again returns the existing
     * mail's id and stores nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID enqueue(OutgoingMail mail) {
        check(mail);
        String address = mail.toAddress().strip();
        List<Person> people = Person.list("lower(email) = ?1 and anonymisedAt is null", address.toLowerCase(Locale.ROOT));
        Object[] personIds = people.stream().map(person -> person.id).sorted().toArray();
        Object[] organisationIds = people.stream().map(person -> person.organisationId).distinct().sorted().toArray();
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            UUID id = RandomUuids.next();
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, id);
                insert.setString(2, address);
                insert.setString(3, mail.toName());
                insert.setString(4, mail.kind());
                insert.setString(5, mail.subject());
                insert.setString(6, mail.content().text());
                insert.setString(7, mail.content().html());
                insert.setString(8, mail.unsubscribeUrl());
                insert.setString(9, mail.dedupKey());
                insert.setArray(10, connection.createArrayOf("uuid", personIds));
                insert.setArray(11, connection.createArrayOf("uuid", organisationIds));
                if (insert.executeUpdate() == 0) {
                    return existing(connection, mail.dedupKey());
                }
            }
            List<MailAttachment> attachments = mail.attachments() == null ? List.of() : mail.attachments();
            try (PreparedStatement attach = connection.prepareStatement(ATTACH)) {
                for (int position = 0; position < attachments.size(); position++) {
                    MailAttachment attachment = attachments.get(position);
                    attach.setObject(1, id);
                    attach.setInt(2, position);
                    attach.setString(3, attachment.filename());
                    attach.setString(4, attachment.contentType());
                    attach.setBytes(5, attachment.content());
                    attach.addBatch();
                }
                if (!attachments.isEmpty()) {
                    attach.executeBatch();
                }
            }
            return id;
        });
    }

    private static UUID existing(Connection connection, String dedupKey) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM mail_message WHERE dedup_key = ?")) {
            select.setString(1, dedupKey);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getObject(1, UUID.class);
            }
        }
    }

    /** A caller's mistake, not a recipient's: said at once rather than found by the sender. */
    private static void check(OutgoingMail mail) {
        require(mail.toAddress() != null && mail.toAddress().contains("@"), "toAddress is not an address");
        require(mail.kind() != null && !mail.kind().isBlank(), "kind is missing");
        require(mail.subject() != null && !mail.subject().isBlank(), "subject is missing");
        require(mail.content() != null && mail.content().text() != null, "content has no text");
        require(mail.dedupKey() != null && !mail.dedupKey().isBlank(), "dedupKey is missing");
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalArgumentException("Mail not queued: " + problem);
        }
    }
}
