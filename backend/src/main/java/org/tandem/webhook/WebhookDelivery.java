package org.tandem.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.tandem.common.change.Audited;
import org.tandem.common.persistence.TimestampedEntity;

/**
 * One event for one subscription: its body as signed and sent, and how its attempts went. Deliveries are made by the
 * fan-out and sent by the {@link WebhookSender} with plain SQL; this entity serves the delivery log and replays.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends TimestampedEntity implements Audited {
    @Column(name = "subscription_id", nullable = false, updatable = false)
    public UUID subscriptionId;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(nullable = false, updatable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    public int attempts;

    @Column(name = "retrying_since", nullable = false)
    public Instant retryingSince;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_duration_ms")
    public Integer lastDurationMs;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "delivered_at")
    public Instant deliveredAt;


    /** Sends it again now, with the same webhook-id, and retries it for another 24 hours if need be. */
    void replay() {
        status = DeliveryStatus.PENDING;
        retryingSince = Instant.now();
        nextAttemptAt = retryingSince;
    }

    @Override
    public String auditType() {
        return "webhook-delivery";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    @Override
    public AuditRef auditParent() {
        return new AuditRef("webhook-subscription", subscriptionId);
    }

    @Override
    public UUID auditOrganisationId() {
        return WebhookSubscription.<WebhookSubscription>findById(subscriptionId).organisationId;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("eventId", eventId);
        state.put("eventType", eventType);
        state.put("status", status);
        state.put("nextAttemptAt", nextAttemptAt);
        return state;
    }
}
