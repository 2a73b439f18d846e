package org.tandem.mail;

import io.agroal.api.AgroalDataSource;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.tandem.common.work.LeasedWork;

/**
 * Sends due mail through SMTP. Each instance claims a batch with FOR UPDATE SKIP LOCKED and a lease ({@link LeasedWork}),
 * so no two send the same mail, and sends it outside any transaction. A mail the server does not take is tried again
 * after 1 minute, 5 minutes, 30 minutes, 2 hours and 6 hours, then it has failed; one the server refuses for good
 * (an SMTP 5xx answer) fails at once. Addresses and bodies are never logged.
 */
@ApplicationScoped
public class MailSender {
    private static final Logger LOG = Logger.getLogger(MailSender.class);
    static final List<Duration> BACK_OFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(6));
    private static final String CLAIM = """
            UPDATE mail_message m SET status = 'SENDING', leased_until = now() + make_interval(secs => ?)
            WHERE m.id IN (
                SELECT q.id FROM mail_message q
                WHERE q.status IN ('QUEUED', 'SENDING') AND q.next_attempt_at <= now()
                  AND (q.leased_until IS NULL OR q.leased_until < now())
                ORDER BY q.next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED)
            RETURNING m.id, m.to_address, m.to_name, m.subject, m.body_text, m.body_html, m.unsubscribe_url, m.attempts""";
    private static final String ATTACHMENTS = """
            SELECT filename, content_type, content FROM mail_attachment WHERE mail_id = ? ORDER BY position""";
    private static final String SENT = """
            UPDATE mail_message SET status = 'SENT', attempts = attempts + 1, sent_at = now(), last_error = NULL,
                next_attempt_at = NULL, leased_until = NULL, version = version + 1, updated_at = now()
            WHERE id = ? AND status = 'SENDING'""";
    private static final String NOT_SENT = """
            UPDATE mail_message SET status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ?,
                leased_until = NULL, version = version + 1, updated_at = now()
            WHERE id = ? AND status = 'SENDING'""";

    private final Mailer mailer;
    private final MailConfig config;
    private final LeasedWork<Claimed> work;
    private final AgroalDataSource dataSource;

    MailSender(AgroalDataSource dataSource, Mailer mailer, MailConfig config) {
        this.dataSource = dataSource;
        this.mailer = mailer;
        this.config = config;
        this.work = new LeasedWork<>(dataSource, CLAIM, row -> new Claimed(row.getObject(1, UUID.class), row.getString(2),
                row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getInt(8)), LOG);
    }

    /** Off in tests, which send when they choose; on everywhere else unless tandem.mail.send=false. */
    @Scheduled(every = "${tandem.mail.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendScheduled() {
        work.scheduled(config.send(), "Mail", this::sendDue);
    }

    /** Sends every mail due now, batch after batch; returns how many attempts were made. */
    public int sendDue() throws SQLException {
        return work.drain(config.lease(), config.batch(), mail -> {
            attempt(mail);
            return CompletableFuture.completedFuture(null);
        });
    }

    private record Claimed(UUID id, String toAddress, String toName, String subject, String text, String html,
            String unsubscribeUrl, int attempts) {}

    private void attempt(Claimed claimed) {
        String error;
        boolean permanent = false;
        try {
            mailer.send(mail(claimed));
            error = null;
        } catch (RuntimeException e) {
            SMTPException refusal = smtpCause(e);
            permanent = refusal != null && refusal.isPermanent();
            error = refusal != null ? "SMTP " + refusal.getReplyCode() + ": " + refusal.getReplyMessage()
                    : LeasedWork.describe(e);
            if (error.length() > 500) {
                error = error.substring(0, 500);
            }
        }
        record(claimed, error, permanent);
    }

    private Mail mail(Claimed claimed) {
        Mail mail = new Mail().setSubject(claimed.subject()).setText(claimed.text()).setHtml(claimed.html())
                .addTo(recipient(claimed.toAddress(), claimed.toName()))
                // The same on every attempt, so a mail that reached the recipient twice shows as one.
                .addHeader("Message-ID", "<" + claimed.id() + "@tandem>");
        if (claimed.unsubscribeUrl() != null) {
            // RFC 8058: mail programs offer "unsubscribe", which POSTs to the URL with no further step.
            mail.addHeader("List-Unsubscribe", "<" + claimed.unsubscribeUrl() + ">")
                    .addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        try (var connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(ATTACHMENTS)) {
            select.setObject(1, claimed.id());
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    mail.addAttachment(row.getString(1), row.getBytes(3), row.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("its attachments could not be read", e);
        }
        return mail;
    }

    /** "Name <address>", the name quoted (and stripped of what would end the quotes) so no name can add a recipient. */
    static String recipient(String address, String name) {
        if (name == null || name.isBlank()) {
            return address;
        }
        return "\"" + name.replaceAll("[\"\\\\\\r\\n]", "").strip() + "\" <" + address + ">";
    }

    private static SMTPException smtpCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp;
            }
        }
        return null;
    }

    private void record(Claimed claimed, String error, boolean permanent) {
        work.record(claimed.id(), connection -> {
            if (error == null) {
                try (PreparedStatement update = connection.prepareStatement(SENT)) {
                    update.setObject(1, claimed.id());
                    update.executeUpdate();
                }
                LOG.debugf("Mail %s sent", claimed.id());
                return;
            }
            int attempts = claimed.attempts() + 1;
            Instant next = permanent || attempts > BACK_OFF.size() ? null : Instant.now().plus(BACK_OFF.get(attempts - 1));
            try (PreparedStatement update = connection.prepareStatement(NOT_SENT)) {
                update.setString(1, next == null ? MailStatus.FAILED.name() : MailStatus.QUEUED.name());
                update.setString(2, error);
                update.setTimestamp(3, next == null ? null : Timestamp.from(next));
                update.setObject(4, claimed.id());
                update.executeUpdate();
            }
            LOG.infof("Mail %s not sent (attempt %d%s)", claimed.id(), attempts, next == null ? ", failed" : ", will retry");
        });
    }
}
