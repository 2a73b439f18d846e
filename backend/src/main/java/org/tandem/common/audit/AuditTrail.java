package org.tandem.common.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appends entries to the trail, in the transaction of the change they record. Appending takes a transaction-scoped
 * lock, so entries join the chain one transaction at a time, in the order they commit; the database checks each
 * links to the one before it and refuses to change or delete any.
 */
public final class AuditTrail {
    /** Any constant will do: it names the one lock every appender takes. */
    private static final long CHAIN_LOCK = 0x7461_6e64_656d_01L;
    public static final String ERASED_NAME = "Anonymised person";

    private AuditTrail() {}

    /** One change to write: {@code changes} and {@code personalChanges} map each changed field to [before, after]. */
    public record NewEntry(Instant occurredAt, Actor actor, UUID organisationId, String requestId, String entityType,
            UUID entityId, String parentType, UUID parentId, String action, Map<String, List<Object>> changes, UUID subjectPersonId,
            Map<String, List<Object>> personalChanges) {}

    /** @return the sequence number each entry got, in order */
    public static List<Long> append(Connection connection, List<NewEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, CHAIN_LOCK);
            lock.execute();
        }
        long seq = 0;
        String previous = AuditChain.GENESIS;
        try (PreparedStatement last = connection.prepareStatement("SELECT seq, hash FROM audit_entry ORDER BY seq DESC LIMIT 1");
                ResultSet row = last.executeQuery()) {
            if (row.next()) {
                seq = row.getLong(1);
                previous = row.getString(2);
            }
        }
        List<Long> sequence = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (" + AuditChain.COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (NewEntry entry : entries) {
                seq++;
                String personal = entry.personalChanges().isEmpty() ? null : sealed(connection, entry);
                UUID subject = personal == null ? null : entry.subjectPersonId();
                AuditChain.Content content = new AuditChain.Content(seq, entry.occurredAt(), entry.actor().kind().name(),
                        entry.actor().id(), entry.organisationId(), entry.requestId(), entry.entityType(), entry.entityId(),
                        entry.parentType(), entry.parentId(), entry.action(), CanonicalJson.of(entry.changes()), subject, personal);
                String hash = content.hash(previous);
                int i = 0;
                insert.setLong(++i, seq);
                insert.setTimestamp(++i, Timestamp.from(content.occurredAt()));
                insert.setString(++i, content.actorKind());
                insert.setString(++i, content.actorId());
                insert.setObject(++i, content.organisationId());
                insert.setString(++i, content.requestId());
                insert.setString(++i, content.entityType());
                insert.setObject(++i, content.entityId());
                insert.setString(++i, content.parentType());
                insert.setObject(++i, content.parentId());
                insert.setString(++i, content.action());
                insert.setString(++i, content.changes());
                insert.setObject(++i, subject);
                insert.setString(++i, personal);
                insert.setString(++i, previous);
                insert.setString(++i, hash);
                insert.addBatch();
                sequence.add(seq);
                previous = hash;
            }
            insert.executeBatch();
        }
        rememberActor(connection, entries.get(0).actor());
        return sequence;
    }

    /** Personal values without a person to key them to stay readable to the trail's readers, but never reach events. */
    private static String sealed(Connection connection, NewEntry entry) throws SQLException {
        String json = CanonicalJson.of(entry.personalChanges());
        return entry.subjectPersonId() == null ? json : SubjectKeys.encrypt(connection, entry.subjectPersonId(), json);
    }

    private static void rememberActor(Connection connection, Actor actor) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO audit_actor (actor_id, name, updated_at) "
                + "VALUES (?, ?, now()) ON CONFLICT (actor_id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at "
                + "WHERE audit_actor.name IS DISTINCT FROM excluded.name")) {
            upsert.setString(1, actor.id());
            upsert.setString(2, actor.name());
            upsert.executeUpdate();
        }
    }

    /** Destroys the person's key, so their personal values in the trail can never be read again; the chain is untouched. */
    public static void erase(Connection connection, UUID personId, List<String> actorIds) throws SQLException {
        SubjectKeys.destroy(connection, personId);
        try (PreparedStatement rename = connection.prepareStatement("UPDATE audit_actor SET name = ?, updated_at = now() "
                + "WHERE actor_id = ?")) {
            for (String actorId : actorIds) {
                rename.setString(1, ERASED_NAME);
                rename.setString(2, actorId);
                rename.addBatch();
            }
            rename.executeBatch();
        }
    }
}
