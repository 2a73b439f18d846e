package org.tandem.common.events;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.common.audit.CanonicalJson;
import org.tandem.common.ids.RandomUuids;

/** Writes domain events to the outbox table, in the transaction of the change they announce. */
public final class Outbox {
    private Outbox() {}

    /** {@code partnershipId} or {@code boardId}: the body the record belongs to, when it belongs to one. */
    public record NewEvent(String type, String entityType, UUID entityId, UUID organisationId, UUID partnershipId, UUID boardId,
            Instant occurredAt, String requestId, long auditEntryId, Map<String, Object> payload) {}

    public static void append(Connection connection, List<NewEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox_event (id, type, entity_type, "
                + "entity_id, organisation_id, partnership_id, board_id, occurred_at, request_id, audit_entry_id, payload) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
            for (NewEvent event : events) {
                int i = 0;
                insert.setObject(++i, RandomUuids.next());
                insert.setString(++i, event.type());
                insert.setString(++i, event.entityType());
                insert.setObject(++i, event.entityId());
                insert.setObject(++i, event.organisationId());
                insert.setObject(++i, event.partnershipId());
                insert.setObject(++i, event.boardId());
                insert.setTimestamp(++i, Timestamp.from(event.occurredAt()));
                insert.setString(++i, event.requestId());
                insert.setLong(++i, event.auditEntryId());
                insert.setString(++i, CanonicalJson.of(event.payload()));
                // One statement each, not a JDBC batch: pgjdbc answers a batch cut short by a lost connection with an
                // AssertionError rather than the SQLException that makes it a 503.
                insert.executeUpdate();
            }
        }
    }
}
