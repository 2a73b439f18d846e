package org.tandem.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tandem.common.change.Audited;
import org.tandem.common.persistence.TimestampedEntity;

/** A URL of an organisation's that is sent the events it subscribed to, signed with the subscription's secret. */
@Entity
@Table(name = "webhook_subscription")
public class WebhookSubscription extends TimestampedEntity implements Audited {
    private static final SecureRandom RANDOM = new SecureRandom();
    static final String SECRET_PREFIX = "whsec_";

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @Column(nullable = false)
    public String url;

    public String description;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false)
    public String[] eventTypes;

    @Column(nullable = false)
    String secret;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public WebhookStatus status = WebhookStatus.ACTIVE;

    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    /** A new secret (Standard Webhooks: whsec_ and the base64 of 32 random bytes); the old one stops at once. */
    String rotateSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        secret = SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
        return secret;
    }

    void enable() {
        status = WebhookStatus.ACTIVE;
        disabledReason = null;
        disabledAt = null;
    }

    void disable(String reason) {
        if (status == WebhookStatus.DISABLED) {
            return;
        }
        status = WebhookStatus.DISABLED;
        disabledReason = reason;
        disabledAt = Instant.now();
    }

    @Override
    public String auditType() {
        return "webhook-subscription";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    @Override
    public UUID auditOrganisationId() {
        return organisationId;
    }

    /** The first 12 hex digits of the secret's SHA-256: shows that it changed, and nothing of what it is. */
    private static String fingerprint(String secret) {
        if (secret == null) {
            return null;
        }
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The secret is never evidence: the trail shows only its fingerprint, which changes with it. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("url", url);
        state.put("description", description);
        state.put("eventTypes", List.of(eventTypes));
        state.put("status", status);
        state.put("disabledReason", disabledReason);
        state.put("secretFingerprint", fingerprint(secret));
        return state;
    }
}
