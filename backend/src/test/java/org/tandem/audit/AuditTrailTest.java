package org.tandem.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tandem.common.audit.AuditChain;
import org.tandem.common.events.OutboxDispatcher;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;
import org.tandem.support.Tokens;

/** The trail as evidence: written with each change, readable by the right people, append-only, tamper-evident. */
@QuarkusTest
class AuditTrailTest {
    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxDispatcher dispatcher;
    @Inject
    RecordingConsumer consumer;

    @Test
    void aChangeIsRecordedWithWhoWhatWhenAndFromWhatInItsHistory() {
        String requestId = "test-" + UUID.randomUUID();
        String id = given().auth().oauth2(Tokens.platformAdmin()).header("X-Request-ID", requestId).contentType(ContentType.JSON)
                .body(Map.of("code", "audit-" + UUID.randomUUID().toString().substring(0, 8), "name", "Before Name", "kind", "NHS_BODY"))
                .post("/api/v1/organisations").then().statusCode(201).header("X-Request-ID", requestId).extract().path("id");
        String code = given().auth().oauth2(Tokens.platformAdmin()).get("/api/v1/organisations/" + id).then().extract().path("code");
        String admin = Tokens.user("admin", code);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "After Name", "kind", "NHS_BODY", "version", 0))
                .put("/api/v1/organisations/" + id).then().statusCode(200);

        given().auth().oauth2(admin).queryParam("entityType", "organisation").queryParam("entityId", id)
                .get("/api/v1/audit").then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].action", equalTo("updated"))
                .body("items[0].actor.name", equalTo("Test admin"))
                .body("items[0].actor.kind", equalTo("USER"))
                .body("items[0].summary", equalTo("Test admin: organisation updated"))
                .body("items[0].changes.find { it.field == 'name' }.before", equalTo("Before Name"))
                .body("items[0].changes.find { it.field == 'name' }.after", equalTo("After Name"))
                .body("items[1].action", equalTo("created"))
                .body("items[1].requestId", equalTo(requestId))
                .body("items[1].changes.field", hasItem("code"));
        // Another organisation's admin reads none of it.
        given().auth().oauth2(TestOrganisation.create().admin()).queryParam("entityId", id)
                .get("/api/v1/audit").then().statusCode(200).body("totalItems", equalTo(0));
        // Analysts, partners and members read no trail at all.
        given().auth().oauth2(Tokens.user("analyst", code)).get("/api/v1/audit").then().statusCode(403);
    }

    @Test
    void aPartnerSystemIsRecordedAsAPartnerClientNotAsAPerson() {
        TestOrganisation owner = TestOrganisation.create();
        TestOrganisation partner = TestOrganisation.create();
        String partnership = Fixtures.partnership(owner, Map.of("name", "Audited partnership",
                "participantOrganisationIds", List.of(partner.id())));
        String feedback = given().auth().oauth2(Tokens.partnerClient(partner.code())).contentType(ContentType.JSON)
                .body(Map.of("partnershipId", partnership, "text", "The bus to the clinic is never on time.", "receivedOn", "2026-11-02"))
                .post("/api/v1/feedback").then().statusCode(201).extract().path("id");
        given().auth().oauth2(owner.admin()).queryParam("entityType", "feedback").queryParam("entityId", feedback)
                .get("/api/v1/audit").then().statusCode(200)
                .body("items[0].actor.kind", equalTo("PARTNER_CLIENT"))
                .body("items[0].actor.name", matchesPattern("Partner system partner-[0-9a-f]{8} \\(" + partner.code() + "\\)"));
    }

    @Test
    void everyChangeAlsoWritesOneEventToTheOutboxWithoutPersonalData() throws SQLException {
        String requestId = "test-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.platformAdmin()).header("X-Request-ID", requestId).contentType(ContentType.JSON)
                .body(Map.of("code", "event-" + UUID.randomUUID().toString().substring(0, 8), "name", "Events Trust", "kind", "NHS_BODY"))
                .post("/api/v1/organisations").then().statusCode(201);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT e.type, e.payload::text, a.seq FROM outbox_event e "
                        + "JOIN audit_entry a ON a.seq = e.audit_seq WHERE e.request_id = ?")) {
            query.setString(1, requestId);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next(), "an event for the change");
                assertEquals("organisation.created", rows.getString(1));
                assertTrue(rows.getString(2).contains("\"changedFields\""), rows.getString(2));
                assertFalse(rows.next(), "exactly one event");
            }
        }
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() throws SQLException {
        TestOrganisation.create();
        try (Connection connection = dataSource.getConnection()) {
            long seq = lastSeq(connection);
            for (String statement : List.of("UPDATE audit_entry SET action = 'forged' WHERE seq = " + seq,
                    "DELETE FROM audit_entry WHERE seq = " + seq, "TRUNCATE audit_entry CASCADE")) {
                SQLException refused = assertThrows(SQLException.class, () -> {
                    try (var s = connection.createStatement()) {
                        s.execute(statement);
                    }
                }, statement);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
            SQLException outOfChain = assertThrows(SQLException.class, () -> {
                try (var s = connection.createStatement()) {
                    s.execute("INSERT INTO audit_entry (seq, occurred_at, actor_kind, actor_id, request_id, entity_type, entity_id, "
                            + "action, changes, prev_hash, hash) VALUES (" + (seq + 5) + ", now(), 'SYSTEM', 'x', 'x', 'x', gen_random_uuid(), "
                            + "'x', '{}', repeat('0', 64), repeat('0', 64))");
                }
            });
            assertTrue(outOfChain.getMessage().contains("does not follow"), outOfChain.getMessage());
        }
    }

    @Test
    void verificationNamesTheFirstEntryThatWasTamperedWith() throws SQLException {
        TestOrganisation.create();
        given().auth().oauth2(Tokens.platformAdmin()).get("/api/v1/audit/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("firstBrokenSeq", equalTo(null))
                .body("headHash", matchesPattern("[0-9a-f]{64}"));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var s = connection.createStatement()) {
                long seq = lastSeq(connection);
                // Only a table owner can switch the guard off; this transaction is rolled back.
                s.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update");
                s.execute("UPDATE audit_entry SET changes = '{\"name\":[\"forged\",\"forged\"]}' WHERE seq = " + seq);
                AuditChain.Verification result = AuditChain.verify(connection);
                assertFalse(result.intact());
                assertEquals(seq, result.firstBrokenSeq());
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }

    @Test
    void theCommandLineCheckReadsTheSameChainAndSaysItIsIntact() throws Exception {
        TestOrganisation.create();
        String url = System.getenv().getOrDefault("TANDEM_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:54329/tandem");
        ProcessBuilder command = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.tandem.common.audit.AuditChainCheck").redirectError(ProcessBuilder.Redirect.DISCARD);
        command.environment().put("QUARKUS_DATASOURCE_JDBC_URL", url);
        Process check = command.start();
        String output = new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, check.waitFor(), output);
        assertTrue(output.matches("(?s)audit trail intact: \\d+ entries; head entry \\d+, hash [0-9a-f]{64}\\s*"), output);
    }

    @Test
    void aRequestIdIsAcceptedGeneratedWhenAbsentAndEchoed() {
        given().header("X-Request-ID", "partner-abc.123").get("/problems").then().header("X-Request-ID", "partner-abc.123");
        given().get("/problems").then().header("X-Request-ID", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-ID", "bad id with spaces <script>").get("/problems").then()
                .header("X-Request-ID", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void dispatchersRunningAtOnceDeliverEveryEventExactlyOnce() throws Exception {
        for (int i = 0; i < 6; i++) {
            TestOrganisation.create();
        }
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            Callable<Integer> drain = () -> {
                int total = 0;
                for (int n; (n = dispatcher.dispatchBatch(2)) > 0; ) {
                    total += n;
                }
                return total;
            };
            for (int i = 0; i < 3; i++) {
                runs.add(pool.submit(drain));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        Set<UUID> unique = new HashSet<>(consumer.delivered());
        assertEquals(unique.size(), consumer.delivered().size(), "an event was delivered twice");
        try (Connection connection = dataSource.getConnection(); var s = connection.createStatement();
                ResultSet left = s.executeQuery("SELECT count(*) FROM outbox_event WHERE dispatched_at IS NULL")) {
            left.next();
            assertEquals(0, left.getLong(1), "events left undelivered");
        }
    }

    private static long lastSeq(Connection connection) throws SQLException {
        try (var s = connection.createStatement(); ResultSet row = s.executeQuery("SELECT max(seq) FROM audit_entry")) {
            row.next();
            return row.getLong(1);
        }
    }
}
