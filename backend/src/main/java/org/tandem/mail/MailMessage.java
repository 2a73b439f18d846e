package org.tandem.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tandem.common.change.Audited;
import org.tandem.common.persistence.TimestampedEntity;
import org.tandem.common.problem.ProblemException;

/**
 * One mail to one recipient and how sending it went. Mail is queued by {@link MailQueue} and sent by the
 * {@link MailSender} with plain SQL; this entity serves the admins' list and their retries. Bodies are not mapped:
 * nobody reads them here.
 */
@Entity
@Table(name = "mail_message")
public class MailMessage extends TimestampedEntity implements Audited {
    @Column(name = "to_address", nullable = false, updatable = false)
    public String toAddress;

    @Column(name = "to_name", updatable = false)
    public String toName;

    @Column(nullable = false, updatable = false)
    public String kind;

    @Column(nullable = false, updatable = false)
    public String subject;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "organisation_ids", nullable = false, updatable = false)
    public UUID[] organisationIds;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MailStatus status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** A failed mail is sent again at once, with as many retries as a new one. */
    void retry() {
        if (status != MailStatus.FAILED) {
            throw ProblemException.transitionNotAllowed("Only a failed mail can be retried; this one is " + status);
        }
        status = MailStatus.QUEUED;
        attempts = 0;
        nextAttemptAt = Instant.now();
    }

    @Override
    public String auditType() {
        return "mail-message";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    /** The organisation of the person it was sent to (the first, if the address was several people's). */
    @Override
    public UUID auditOrganisationId() {
        return organisationIds.length == 0 ? null : organisationIds[0];
    }

    /** Who it was sent to is personal data, kept out of the trail: the trail has its id, kind and status. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("kind", kind);
        state.put("status", status);
        state.put("attempts", attempts);
        state.put("nextAttemptAt", nextAttemptAt);
        return state;
    }
}
