package org.tandem.access;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.tandem.access.AccessTable.Relation;
import org.tandem.access.AccessTable.Row;
import org.tandem.support.Tokens;

/**
 * Every write operation of the contract, sent once by a caller allowed to make it, leaves exactly one audit entry
 * and one domain event per record it changed, with the request's id; the same write refused to a caller of an
 * unrelated organisation (where the table refuses it) leaves none. Each event type written is in the catalogue of docs/events.md.
 */
@QuarkusTest
class EveryWriteIsEvidenceTest {
    /** Bulk operations change as many records as their request names (see Operations). */
    private static final Map<String, Integer> RECORDS_CHANGED = Map.of("importFeedback", 2);
    private static final Path EVENT_CATALOGUE = Path.of("..", "docs", "events.md");
    private static final Set<String> EVERY_RECORD = Set.of("created", "updated", "deleted");
    /**
     * Writes that change nobody's record: a person marking their own notifications read, and the one-click
     * unsubscribe of a mail (kept as a suppression of the address, docs/notifications.md).
     */
    private static final Set<String> NOT_RECORD_CHANGES = Set.of("markNotificationRead", "markAllNotificationsRead", "unsubscribe");

    @Inject
    AgroalDataSource dataSource;

    private final AccessTable table = AccessTable.read();
    private final Operations operations = new Operations();

    @TestFactory
    Stream<DynamicTest> everyWriteLeavesOneEntryAndOneEventPerRecordItChanged() throws IOException {
        String catalogue = Files.readString(EVENT_CATALOGUE);
        return table.rows().values().stream()
                .filter(row -> !row.method().equals("GET") && !NOT_RECORD_CHANGES.contains(row.operationId()))
                .map(row -> DynamicTest.dynamicTest(row.operationId(), () -> check(row, catalogue)));
    }

    private void check(Row row, String catalogue) throws SQLException {
        String role = allowedRole(row).orElseThrow(() -> new AssertionError(row.operationId()
                + ": no role of the owner organisation may make this write, according to " + AccessTable.FILE));
        World world = new World();
        Operations.Request request = operations.all().get(row.operationId());

        Integer unrelated = role.equals(AccessTable.PLATFORM_ADMIN) ? null : row.byRole().get(role).get(Relation.UNRELATED);
        if (unrelated != null && unrelated >= 400) {
            String refusedId = "refused-" + UUID.randomUUID();
            Response refused = request.in(world, role).header("X-Request-ID", refusedId).send(world.token(role, Relation.UNRELATED));
            assertTrue(refused.statusCode() == unrelated, row.operationId() + " as an unrelated " + role + ": " + refused.statusCode());
            assertTrue(evidenceOf(refusedId).isEmpty(), row.operationId() + ": a refused write (" + refused.statusCode()
                    + ") left evidence " + evidenceOf(refusedId));
        }

        String requestId = "write-" + UUID.randomUUID();
        String token = role.equals(AccessTable.PLATFORM_ADMIN) ? Tokens.platformAdmin() : world.token(role, Relation.OWN);
        Response response = request.in(world, role).header("X-Request-ID", requestId).send(token);
        assertTrue(response.statusCode() >= 200 && response.statusCode() < 300,
                row.operationId() + " as " + role + ": " + response.statusCode() + " " + response.asString());
        assertTrue(requestId.equals(response.header("X-Request-ID")), row.operationId() + ": the request id is not echoed");

        List<Evidence> evidence = evidenceOf(requestId);
        Set<String> records = new TreeSet<>();
        evidence.forEach(item -> assertTrue(records.add(item.entityType() + "/" + item.entityId()),
                row.operationId() + ": a record has two entries for one request: " + evidence));
        // Parts removed with their record (the members of a deleted partnership) have entries of their own.
        Set<UUID> changedIds = new java.util.HashSet<>();
        evidence.forEach(item -> changedIds.add(item.entityId()));
        // A delete takes its dependents with it (a claim line's receipts): each is recorded, as a deletion.
        boolean delete = !evidence.isEmpty() && evidence.get(0).action().equals("deleted");
        if (delete) {
            assertTrue(evidence.stream().allMatch(item -> item.action().equals("deleted")), row.operationId() + ": " + evidence);
        }
        long named = delete ? Math.min(1, evidence.size())
                : evidence.stream().filter(item -> item.parentId() == null || !changedIds.contains(item.parentId())).count();
        int expected = RECORDS_CHANGED.getOrDefault(row.operationId(), 1);
        assertTrue(named == expected, row.operationId() + ": expected " + expected
                + " audit entries (besides those of parts changed with them), each with one event, found " + evidence);
        for (Evidence item : evidence) {
            assertTrue(item.events() == 1, row.operationId() + ": entry " + item + " has " + item.events() + " events");
            assertTrue(item.eventType().equals(item.entityType() + "." + item.action()), row.operationId() + ": " + item);
            assertTrue(item.organisationId() != null, row.operationId() + ": entry without organisation " + item);
            assertTrue(inCatalogue(catalogue, item.entityType(), item.action()), row.operationId() + ": event type "
                    + item.eventType() + " is not in the catalogue of " + EVENT_CATALOGUE);
        }
    }

    /** The first role of the owner organisation that the table lets make this write, else the platform admin. */
    private static Optional<String> allowedRole(Row row) {
        for (String role : AccessTable.ROLES) {
            Integer status = row.byRole().get(role).get(Relation.OWN);
            if (status != null && status >= 200 && status < 300) {
                return Optional.of(role);
            }
        }
        return row.platformAdmin() >= 200 && row.platformAdmin() < 300 ? Optional.of(AccessTable.PLATFORM_ADMIN) : Optional.empty();
    }

    record Evidence(long id, String entityType, UUID entityId, UUID parentId, String action, UUID organisationId, int events,
            String eventType) {}

    private List<Evidence> evidenceOf(String requestId) throws SQLException {
        List<Evidence> evidence = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT a.id, a.entity_type, a.entity_id, a.parent_id, a.action, a.organisation_id, "
                        + "count(e.seq), min(e.type) FROM audit_entry a LEFT JOIN outbox_event e ON e.audit_entry_id = a.id "
                        + "WHERE a.request_id = ? GROUP BY a.id ORDER BY a.id")) {
            query.setString(1, requestId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    evidence.add(new Evidence(rows.getLong(1), rows.getString(2), rows.getObject(3, UUID.class),
                            rows.getObject(4, UUID.class), rows.getString(5), rows.getObject(6, UUID.class), rows.getInt(7),
                            rows.getString(8)));
                }
            }
            try (PreparedStatement orphans = connection.prepareStatement("SELECT count(*) FROM outbox_event WHERE request_id = ?")) {
                orphans.setString(1, requestId);
                try (ResultSet count = orphans.executeQuery()) {
                    count.next();
                    long events = count.getLong(1);
                    long withEntry = evidence.stream().mapToLong(Evidence::events).sum();
                    assertTrue(events == withEntry, "events without an audit entry for request " + requestId);
                }
            }
        }
        return evidence;
    }

    /** A catalogue row: | `entity-type` | part of | `action`, `action` |. */
    private static boolean inCatalogue(String catalogue, String entityType, String action) {
        for (String line : catalogue.split("\n")) {
            String[] cells = line.split("\\|");
            if (cells.length >= 4 && cells[1].trim().equals("`" + entityType + "`")) {
                Set<String> actions = new TreeSet<>(EVERY_RECORD);
                java.util.regex.Matcher named = java.util.regex.Pattern.compile("`([a-z-]+)`").matcher(cells[3]);
                while (named.find()) {
                    actions.add(named.group(1));
                }
                return actions.contains(action);
            }
        }
        return false;
    }
}
