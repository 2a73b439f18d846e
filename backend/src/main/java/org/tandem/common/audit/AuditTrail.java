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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Appends entries to the trail, in the transaction of the change they record, without taking a lock: entries of
 * concurrent writes do not wait for one another. The sealer ({@link AuditChain#seal}) chains them once committed;
 * the database refuses to change or delete any.
 */
public final class AuditTrail {
    public static final String ERASED_NAME = "Anonymised person";
    /** Actor names this instance has written, so that an unchanged name costs no statement. */
    private static final Map<String, String> KNOWN_ACTORS = new ConcurrentHashMap<>();

    private AuditTrail() {}

    /** One change to write: {@code changes} and {@code personalChanges} map each changed field to [before, after]. */
    public record NewEntry(Instant occurredAt, Actor actor, UUID organisationId, String requestId, String entityType,
            UUID entityId, String parentType, UUID parentId, String action, Map<String, List<Object>> changes, UUID subjectPersonId,
            Map<String, List<Object>> personalChanges) {}

    /** @return the id each entry got, in order */
    public static List<Long> append(Connection connection, List<NewEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (occurred_at, actor_kind, actor_id, "
                + "organisation_id, request_id, entity_type, entity_id, parent_type, parent_id, action, changes, "
                + "subject_person_id, personal_changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
            for (NewEntry entry : entries) {
                String personal = entry.personalChanges().isEmpty() ? null : sealed(connection, entry);
                int i = 0;
                insert.setTimestamp(++i, Timestamp.from(entry.occurredAt()));
                insert.setString(++i, entry.actor().kind().name());
                insert.setString(++i, entry.actor().id());
                insert.setObject(++i, entry.organisationId());
                insert.setString(++i, entry.requestId());
                insert.setString(++i, entry.entityType());
                insert.setObject(++i, entry.entityId());
                insert.setString(++i, entry.parentType());
                insert.setObject(++i, entry.parentId());
                insert.setString(++i, entry.action());
                insert.setString(++i, CanonicalJson.of(entry.changes()));
                insert.setObject(++i, personal == null ? null : entry.subjectPersonId());
                insert.setString(++i, personal);
                try (ResultSet id = insert.executeQuery()) {
                    id.next();
                    ids.add(id.getLong(1));
                }
            }
        }
        rememberActor(connection, entries.get(0).actor());
        return ids;
    }

    /** Personal values without a person to key them to stay readable to the trail's readers, but never reach events. */
    private static String sealed(Connection connection, NewEntry entry) throws SQLException {
        String json = CanonicalJson.of(entry.personalChanges());
        return entry.subjectPersonId() == null ? json : SubjectKeys.encrypt(connection, entry.subjectPersonId(), json);
    }

    private static void rememberActor(Connection connection, Actor actor) throws SQLException {
        if (actor.name().equals(KNOWN_ACTORS.get(actor.id()))) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO audit_actor (actor_id, name, updated_at) "
                + "VALUES (?, ?, now()) ON CONFLICT (actor_id) DO UPDATE SET name = excluded.name, updated_at = excluded.updated_at "
                + "WHERE audit_actor.name IS DISTINCT FROM excluded.name")) {
            upsert.setString(1, actor.id());
            upsert.setString(2, actor.name());
            upsert.executeUpdate();
        }
        KNOWN_ACTORS.put(actor.id(), actor.name());
    }

    /** Destroys the person's key, so their personal values in the trail can never be read again; the chain is untouched. */
    public static void erase(Connection connection, UUID personId, List<String> actorIds) throws SQLException {
        SubjectKeys.destroy(connection, personId);
        try (PreparedStatement rename = connection.prepareStatement("UPDATE audit_actor SET name = ?, updated_at = now() "
                + "WHERE actor_id = ?")) {
            for (String actorId : actorIds) {
                KNOWN_ACTORS.put(actorId, ERASED_NAME);
                rename.setString(1, ERASED_NAME);
                rename.setString(2, actorId);
                rename.executeUpdate(); // not a JDBC batch: see Outbox.append
            }
        }
    }
}
