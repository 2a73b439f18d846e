package org.tandem.common.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The trail's tamper evidence. Each entry gets a seal whose hash covers the entry's content and the hash of the seal
 * before it, so changing, removing or reordering any sealed entry breaks every hash after it. Entries are written
 * with their change, and sealed moments later, a batch at a time, so that writes never queue behind a lock.
 * Plain Java and JDBC only: the endpoint, the sealer and the command-line check ({@link AuditChainCheck}) share it.
 */
public final class AuditChain {
    public static final String GENESIS = "0".repeat(64);
    /** Any constant will do: it names the one lock a sealer holds while it extends the chain. */
    private static final long SEAL_LOCK = 0x7461_6e64_656d_01L;
    static final String ENTRY_COLUMNS = "e.id, e.occurred_at, e.actor_kind, e.actor_id, e.organisation_id, e.request_id, "
            + "e.entity_type, e.entity_id, e.parent_type, e.parent_id, e.action, e.changes, e.subject_person_id, e.personal_changes";

    private AuditChain() {}

    /** The content of one entry, as hashed. */
    public record Content(long entryId, Instant occurredAt, String actorKind, String actorId, UUID organisationId,
            String requestId, String entityType, UUID entityId, String parentType, UUID parentId, String action,
            String changes, UUID subjectPersonId, String personalChanges) {

        /** Each value length-prefixed, so that no two different contents give the same text. */
        String canonical(long seq, String prevHash) {
            StringBuilder text = new StringBuilder();
            for (Object value : new Object[] {seq, entryId, occurredAt, actorKind, actorId, organisationId, requestId,
                    entityType, entityId, parentType, parentId, action, changes, subjectPersonId, personalChanges, prevHash}) {
                String part = value == null ? null : value.toString();
                text.append(part == null ? -1 : part.length()).append(':').append(part == null ? "" : part).append('\n');
            }
            return text.toString();
        }

        public String hash(long seq, String prevHash) {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(seq, prevHash).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }

    /** What a verification found: intact, or the first seal that breaks the chain and how; and what awaits a seal. */
    public record Verification(boolean intact, long entriesChecked, Long firstBrokenSeq, String problem, Long headSeq,
            String headHash, long awaitingSeal) {}

    /**
     * Seals up to {@code limit} committed entries that have none, in the connection's transaction. Returns how many;
     * 0 when another sealer holds the chain (it will seal them).
     */
    public static int seal(Connection connection, int limit) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, SEAL_LOCK);
            try (ResultSet got = lock.executeQuery()) {
                got.next();
                if (!got.getBoolean(1)) {
                    return 0;
                }
            }
        }
        List<Content> waiting = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + ENTRY_COLUMNS + " FROM audit_unsealed u "
                + "JOIN audit_entry e ON e.id = u.entry_id ORDER BY e.id LIMIT ?")) {
            query.setInt(1, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    waiting.add(content(rows));
                }
            }
        }
        if (waiting.isEmpty()) {
            return 0;
        }
        long seq = 0;
        String previous = GENESIS;
        try (PreparedStatement last = connection.prepareStatement("SELECT seq, hash FROM audit_seal ORDER BY seq DESC LIMIT 1");
                ResultSet row = last.executeQuery()) {
            if (row.next()) {
                seq = row.getLong(1);
                previous = row.getString(2);
            }
        }
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_seal (seq, entry_id, sealed_at, prev_hash, hash) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement dequeue = connection.prepareStatement("DELETE FROM audit_unsealed WHERE entry_id = ?")) {
            for (Content entry : waiting) {
                seq++;
                String hash = entry.hash(seq, previous);
                insert.setLong(1, seq);
                insert.setLong(2, entry.entryId());
                insert.setTimestamp(3, now);
                insert.setString(4, previous);
                insert.setString(5, hash);
                insert.addBatch();
                dequeue.setLong(1, entry.entryId());
                dequeue.addBatch();
                previous = hash;
            }
            insert.executeBatch();
            dequeue.executeBatch();
        }
        return waiting.size();
    }

    /** Walks the whole chain in order; reads in batches, so memory stays flat however long it is. */
    public static Verification verify(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        int isolation = connection.getTransactionIsolation();
        if (autoCommit) {
            // One snapshot for every query below; and PostgreSQL streams with a cursor only inside a transaction.
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        }
        try {
            Verification chain;
            try (PreparedStatement query = connection.prepareStatement("SELECT s.seq, s.prev_hash, s.hash, " + ENTRY_COLUMNS
                    + " FROM audit_seal s JOIN audit_entry e ON e.id = s.entry_id ORDER BY s.seq")) {
                query.setFetchSize(1000);
                try (ResultSet rows = query.executeQuery()) {
                    chain = walk(rows);
                }
            }
            long awaiting = count(connection, "SELECT count(*) FROM audit_unsealed");
            Long unaccounted = first(connection, "SELECT min(e.id) FROM audit_entry e WHERE NOT EXISTS "
                    + "(SELECT 1 FROM audit_seal s WHERE s.entry_id = e.id) AND NOT EXISTS (SELECT 1 FROM audit_unsealed u WHERE u.entry_id = e.id)");
            if (chain.intact() && unaccounted != null) {
                return new Verification(false, chain.entriesChecked(), null, "entry " + unaccounted
                        + " is neither sealed nor waiting for its seal: it was taken out of the sealing queue", null, null, awaiting);
            }
            return new Verification(chain.intact(), chain.entriesChecked(), chain.firstBrokenSeq(), chain.problem(),
                    chain.headSeq(), chain.headHash(), awaiting);
        } finally {
            if (autoCommit) {
                connection.rollback();
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(true);
            }
        }
    }

    private static Verification walk(ResultSet rows) throws SQLException {
        long checked = 0;
        long expectedSeq = 1;
        String previous = GENESIS;
        while (rows.next()) {
            long seq = rows.getLong("seq");
            String prevHash = rows.getString("prev_hash");
            String hash = rows.getString("hash");
            String problem = null;
            if (seq != expectedSeq) {
                problem = "seal " + expectedSeq + " is missing: the next is " + seq;
            } else if (!previous.equals(prevHash)) {
                problem = "it does not link to the seal before it";
            } else if (!content(rows).hash(seq, prevHash).equals(hash)) {
                problem = "its entry does not match its hash: the entry was changed after it was sealed";
            }
            if (problem != null) {
                return new Verification(false, checked, Math.min(expectedSeq, seq), problem, null, null, 0);
            }
            checked++;
            expectedSeq++;
            previous = hash;
        }
        return new Verification(true, checked, null, null, checked == 0 ? null : checked, previous, 0);
    }

    static Content content(ResultSet row) throws SQLException {
        return new Content(row.getLong("id"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                row.getString("actor_kind"), row.getString("actor_id"), row.getObject("organisation_id", UUID.class),
                row.getString("request_id"), row.getString("entity_type"), row.getObject("entity_id", UUID.class),
                row.getString("parent_type"), row.getObject("parent_id", UUID.class), row.getString("action"),
                row.getString("changes"), row.getObject("subject_person_id", UUID.class), row.getString("personal_changes"));
    }

    private static long count(Connection connection, String sql) throws SQLException {
        Long value = first(connection, sql);
        return value == null ? 0 : value;
    }

    private static Long first(Connection connection, String sql) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet row = query.executeQuery()) {
            row.next();
            long value = row.getLong(1);
            return row.wasNull() ? null : value;
        }
    }
}
