package org.tandem.common.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The trail's tamper evidence: each entry's hash covers its content and the hash of the entry before it, so
 * changing, removing or reordering any entry breaks every hash after it. Plain Java and JDBC only, so that the
 * endpoint and the command-line check ({@link AuditChainCheck}) verify with the same code.
 */
public final class AuditChain {
    public static final String GENESIS = "0".repeat(64);
    static final String COLUMNS = "seq, occurred_at, actor_kind, actor_id, organisation_id, request_id, entity_type, "
            + "entity_id, parent_type, parent_id, action, changes, subject_person_id, personal_changes, prev_hash, hash";

    private AuditChain() {}

    /** The content of one entry, as hashed. */
    public record Content(long seq, Instant occurredAt, String actorKind, String actorId, UUID organisationId,
            String requestId, String entityType, UUID entityId, String parentType, UUID parentId, String action, String changes, UUID subjectPersonId,
            String personalChanges) {

        /** Each value length-prefixed, so that no two different contents give the same text. */
        String canonical(String prevHash) {
            StringBuilder text = new StringBuilder();
            for (Object value : new Object[] {seq, occurredAt, actorKind, actorId, organisationId, requestId, entityType,
                    entityId, parentType, parentId, action, changes, subjectPersonId, personalChanges, prevHash}) {
                String part = value == null ? null : value.toString();
                text.append(part == null ? -1 : part.length()).append(':').append(part == null ? "" : part).append('\n');
            }
            return text.toString();
        }

        public String hash(String prevHash) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(prevHash).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }

    /** What a verification found: intact, or the first entry that breaks the chain and how. */
    public record Verification(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem, Long headSeq,
            String headHash) {}

    /** Walks the whole trail in order; reads in batches, so memory stays flat however long it is. */
    public static Verification verify(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        if (autoCommit) {
            connection.setAutoCommit(false); // PostgreSQL streams with a cursor only inside a transaction
        }
        try (PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq")) {
            query.setFetchSize(1000);
            try (ResultSet rows = query.executeQuery()) {
                return verify(rows);
            }
        } finally {
            if (autoCommit) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    private static Verification verify(ResultSet rows) throws SQLException {
        long checked = 0;
        long expectedSeq = 1;
        String previous = GENESIS;
        while (rows.next()) {
            Content content = content(rows);
            String prevHash = rows.getString("prev_hash");
            String hash = rows.getString("hash");
            String problem = null;
            if (content.seq() != expectedSeq) {
                problem = "entry " + expectedSeq + " is missing: the next entry is " + content.seq();
            } else if (!previous.equals(prevHash)) {
                problem = "it does not link to the entry before it";
            } else if (!content.hash(prevHash).equals(hash)) {
                problem = "its content does not match its hash: it was changed after it was written";
            }
            if (problem != null) {
                return new Verification(false, checked, Math.min(expectedSeq, content.seq()), problem, null, null);
            }
            checked++;
            expectedSeq++;
            previous = hash;
        }
        return new Verification(true, checked, null, null, checked == 0 ? null : checked, previous);
    }

    static Content content(ResultSet row) throws SQLException {
        return new Content(row.getLong("seq"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("actor_kind"), row.getString("actor_id"), row.getObject("organisation_id", UUID.class),
                row.getString("request_id"), row.getString("entity_type"), row.getObject("entity_id", UUID.class),
                row.getString("parent_type"), row.getObject("parent_id", UUID.class), row.getString("action"), row.getString("changes"), row.getObject("subject_person_id", UUID.class),
                row.getString("personal_changes"));
    }
}
