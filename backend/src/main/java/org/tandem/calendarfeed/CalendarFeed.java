package org.tandem.calendarfeed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tandem.common.change.Audited;
import org.tandem.common.persistence.TimestampedEntity;
import org.tandem.common.security.CurrentUser;

/**
 * A person's calendar subscription to the meetings of one partnership or board. The token in its address is the
 * key: only its SHA-256 is kept, so the stored feeds give nobody their addresses.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends TimestampedEntity implements Audited {
    private static final SecureRandom RANDOM = new SecureRandom();
    /** 256 random bits, in 43 URL-safe characters. */
    private static final int TOKEN_BYTES = 32;
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9_-]{43}");

    @Column(name = "token_hash", nullable = false, updatable = false)
    byte[] tokenHash;

    @Column(name = "owner_subject", nullable = false, updatable = false)
    String ownerSubject;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @Column(name = "organisation_code", nullable = false, updatable = false)
    String organisationCode;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "owner_roles", nullable = false, updatable = false)
    String[] ownerRoles;

    @Column(name = "partnership_id", updatable = false)
    public UUID partnershipId;

    @Column(name = "board_id", updatable = false)
    public UUID boardId;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** A feed of {@code owner}'s for the partnership or board (one id is null); returns the token of its address. */
    static CalendarFeedToken create(CurrentUser.Standing owner, UUID organisationId, UUID partnershipId, UUID boardId) {
        CalendarFeed feed = new CalendarFeed();
        feed.ownerSubject = owner.subject();
        feed.organisationId = organisationId;
        feed.organisationCode = owner.organisationCode();
        feed.ownerRoles = owner.roles().stream().sorted().toArray(String[]::new);
        feed.partnershipId = partnershipId;
        feed.boardId = boardId;
        byte[] random = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        feed.tokenHash = hash(token);
        return new CalendarFeedToken(feed, token);
    }

    /** The feed not revoked whose address holds {@code token}, or null. */
    static CalendarFeed active(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            return null;
        }
        return find("tokenHash = ?1 and revokedAt is null", (Object) hash(token)).firstResult();
    }

    boolean isOwnedBy(String subject) {
        return ownerSubject.equals(subject);
    }

    /** Who the feed reads meetings as: its owner's roles and organisation as they were when it was made. */
    CurrentUser.Standing owner() {
        return new CurrentUser.Standing(ownerSubject, organisationCode, Set.of(ownerRoles));
    }

    void revoke(Instant now) {
        revokedAt = now;
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    @Override
    public String auditType() {
        return "calendar-feed";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    @Override
    public UUID auditOrganisationId() {
        return organisationId;
    }

    /** Never the token or its hash. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("partnershipId", partnershipId);
        state.put("boardId", boardId);
        state.put("revokedAt", revokedAt);
        return state;
    }
}
