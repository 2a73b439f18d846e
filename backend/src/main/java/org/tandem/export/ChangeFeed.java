package org.tandem.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.problem.ProblemException;

/**
 * A dataset's change feed, made from the domain events in the outbox: the keys of the rows changed since a cursor,
 * each with the rows it has now (none when they were deleted), read in one snapshot. Events are taken in commit
 * order ({@code tx_id}, then {@code seq}) and only from transactions older than any still running, so a cursor
 * never passes over a change that commits later.
 */
final class ChangeFeed {
    static final Cursor START = new Cursor(0, 0);
    static final int MAX_LIMIT = 5000;
    /** An event is the caller's to see when its record is their organisation's or belongs to a body they see. */
    private static final String RELEVANT = "(oe.organisation_id = {org} OR oe.partnership_id IN " + Visibility.PARTNERSHIPS
            + " OR oe.board_id IN " + Visibility.BOARDS + " OR oe.entity_type = 'organisation')";
    private static final int ORGANISATION_PARAMETERS = RELEVANT.split("\\{org}", -1).length - 1;

    /** A place in the outbox's commit order. */
    record Cursor(long txId, long seq) {
        String encoded() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString((txId + ":" + seq).getBytes(StandardCharsets.US_ASCII));
        }

        static Cursor decoded(String text, String field) {
            if (text == null || text.isBlank()) {
                return START;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.US_ASCII).split(":");
                if (parts.length != 2) {
                    throw new IllegalArgumentException("not a cursor");
                }
                Cursor cursor = new Cursor(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                if (cursor.txId < 0 || cursor.seq < 0) {
                    throw new IllegalArgumentException("not a cursor");
                }
                return cursor;
            } catch (IllegalArgumentException e) {
                throw ProblemException.invalid(field, "must be a cursor this API gave (Export-Cursor or a feed's next)");
            }
        }
    }

    /** One key's rows as they are now: replace every row whose keyField is key with these (none: they are gone). */
    record Change(String keyField, String key, OffsetDateTime changedAt, List<Map<String, Object>> rows) {}

    record Page(List<Change> changes, Cursor next, boolean hasMore) {}

    private record Event(long txId, long seq, Dataset.FeedKey feedKey, String key, OffsetDateTime occurredAt) {}

    private ChangeFeed() {}

    /** The position of the snapshot the connection's transaction reads: every later change is after it. */
    static Cursor positionOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")) {
            result.next();
            return new Cursor(Long.parseLong(result.getString(1)), 0);
        }
    }

    static Page read(Snapshot snapshot, Dataset dataset, UUID organisationId, Cursor after, int limit, RowReading rows)
            throws SQLException, IOException {
        List<Event> events = events(snapshot.connection(), dataset, organisationId, after, limit + 1);
        boolean hasMore = events.size() > limit;
        if (hasMore) {
            events = events.subList(0, limit);
        }
        Map<String, Map<String, OffsetDateTime>> keysByField = new LinkedHashMap<>();
        for (Event event : events) {
            keysByField.computeIfAbsent(event.feedKey().keyField(), f -> new LinkedHashMap<>()).put(event.key(), event.occurredAt());
        }
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, Map<String, OffsetDateTime>> byField : keysByField.entrySet()) {
            String keyField = byField.getKey();
            Set<String> keys = byField.getValue().keySet();
            Map<String, List<Map<String, Object>>> current = rows.withKeys(snapshot, keyField,
                    keys.stream().map(UUID::fromString).toList());
            byField.getValue().forEach((key, at) -> changes.add(new Change(keyField, key, at, current.getOrDefault(key, List.of()))));
        }
        Event last = events.isEmpty() ? null : events.get(events.size() - 1);
        return new Page(changes, last == null ? after : new Cursor(last.txId(), last.seq()), hasMore);
    }

    /** Reads a dataset's current rows whose keyField is one of the keys, grouped by key. */
    interface RowReading {
        Map<String, List<Map<String, Object>>> withKeys(Snapshot snapshot, String keyField, List<UUID> keys)
                throws SQLException, IOException;
    }

    private static List<Event> events(Connection connection, Dataset dataset, UUID organisationId, Cursor after, int limit)
            throws SQLException {
        Map<String, Dataset.FeedKey> byType = new LinkedHashMap<>();
        dataset.feed().forEach(key -> byType.put(key.entityType(), key));
        String sql = "SELECT oe.tx_id::text, oe.seq, oe.entity_type, oe.entity_id::text, oe.payload->'parent'->>'entityId', oe.occurred_at "
                + "FROM outbox_event oe WHERE oe.entity_type = ANY (?) AND (oe.tx_id, oe.seq) > (?::xid8, ?) "
                + "AND oe.tx_id < pg_snapshot_xmin(pg_current_snapshot()) AND " + RELEVANT.replace("{org}", "?")
                + " ORDER BY oe.tx_id, oe.seq LIMIT ?";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 0;
            statement.setArray(++i, connection.createArrayOf("text", byType.keySet().toArray()));
            statement.setString(++i, Long.toString(after.txId()));
            statement.setLong(++i, after.seq());
            for (int org = 0; org < ORGANISATION_PARAMETERS; org++) {
                statement.setObject(++i, organisationId);
            }
            statement.setInt(++i, limit);
            List<Event> events = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Dataset.FeedKey feedKey = byType.get(result.getString(3));
                    String key = feedKey.byParent() ? result.getString(5) : result.getString(4);
                    if (key != null) {
                        events.add(new Event(Long.parseLong(result.getString(1)), result.getLong(2), feedKey, key,
                                result.getObject(6, OffsetDateTime.class)));
                    }
                }
            }
            return events;
        }
    }
}
