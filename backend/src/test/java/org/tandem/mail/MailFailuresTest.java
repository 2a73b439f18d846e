package org.tandem.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tandem.support.Inbox;

/** Mail the server does not take: retried with back-off while it is down, failed at once when it refuses for good. */
@QuarkusTest
@TestProfile(MailFailuresTest.RefusingServer.class)
class MailFailuresTest {
    @Inject
    MailSender sender;

    private final RefusingSmtpServer server = new RefusingSmtpServer();

    public static class RefusingServer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.mailer.port", Integer.toString(RefusingSmtpServer.PORT));
        }
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void whileTheServerIsDownAMailIsRetriedAfter1m5m30m2hAnd6hThenItHasFailed() throws Exception {
        UUID id = MailFixtures.enqueue(MailFixtures.mail(Inbox.address("down"), "Server down"));
        Duration[] backOff = {Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
                Duration.ofHours(6)};
        for (int attempt = 1; attempt <= backOff.length; attempt++) {
            Instant before = Instant.now();
            sender.sendDue();
            Map<String, Object> row = MailFixtures.row(id);
            assertEquals("QUEUED", row.get("status"), "after attempt " + attempt);
            assertEquals(attempt, row.get("attempts"));
            assertNotNull(row.get("last_error"));
            Instant next = ((Timestamp) row.get("next_attempt_at")).toInstant();
            Instant expected = before.plus(backOff[attempt - 1]);
            assertTrue(Math.abs(Duration.between(expected, next).toSeconds()) < 10, "attempt " + attempt + ": next " + next
                    + ", expected about " + expected);
            sender.sendDue();
            assertEquals(attempt, MailFixtures.row(id).get("attempts"), "not tried again before it is due");
            MailFixtures.update("UPDATE mail_message SET next_attempt_at = now() WHERE id = ?", id); // time passes
        }
        sender.sendDue();
        Map<String, Object> failed = MailFixtures.row(id);
        assertEquals("FAILED", failed.get("status"));
        assertEquals(6, failed.get("attempts"));
        assertNull(failed.get("next_attempt_at"));
        assertTrue(failed.get("last_error").toString().contains("onnect"), failed.get("last_error").toString());
    }

    @Test
    void aMailTheServerRefusesForGoodFailsAtOnce() throws Exception {
        server.start();
        UUID id = MailFixtures.enqueue(MailFixtures.mail(Inbox.address("refused"), "Refused"));
        sender.sendDue();
        Map<String, Object> row = MailFixtures.row(id);
        assertEquals("FAILED", row.get("status"), row.toString());
        assertEquals(1, row.get("attempts"));
        assertTrue(row.get("last_error").toString().startsWith("SMTP 550"), row.get("last_error").toString());
    }

    @Test
    void aMailLeftByAStoppedSenderIsSentWhenItsLeaseLapses() throws Exception {
        server.start();
        UUID id = MailFixtures.enqueue(MailFixtures.mail(Inbox.address("lease"), "Leased"));
        MailFixtures.update("UPDATE mail_message SET status = 'SENDING', leased_until = now() + interval '1 minute' WHERE id = ?", id);
        sender.sendDue();
        assertEquals(0, MailFixtures.row(id).get("attempts"), "another instance holds it");
        MailFixtures.update("UPDATE mail_message SET leased_until = now() - interval '1 second' WHERE id = ?", id);
        sender.sendDue();
        assertEquals(1, MailFixtures.row(id).get("attempts"), "taken over once the lease lapsed");
    }
}
