package org.tandem.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import jakarta.mail.BodyPart;
import jakarta.mail.Header;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.tandem.mail.MailSender;

/**
 * The mail a real SMTP server (GreenMail: bin/test starts one, bin/run another) received, read through its HTTP API.
 * Each test makes its own addresses, so tests never see each other's mail and the server is never purged.
 * TANDEM_TEST_MAIL_API_URL names the API (default: bin/run's, on port 8025).
 */
public final class Inbox {
    private static final String API = System.getenv().getOrDefault("TANDEM_TEST_MAIL_API_URL", "http://127.0.0.1:8025");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Inbox() {}

    /** A mail as the recipient got it. */
    public record Received(String subject, String from, List<String> to, String text, String html,
            Map<String, List<String>> headers, List<Attachment> attachments) {
        public String header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(), List.of());
            return values.isEmpty() ? null : values.get(0);
        }
    }

    public record Attachment(String filename, String contentType, byte[] content) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    /** An address no other test uses, e.g. {@code prefix-3f2a9c1e@example.org}. */
    public static String address(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Sends what is due, then waits (up to 10 s) until the address has a mail; returns all it has. */
    public static List<Received> await(String address) {
        sendDue();
        Instant deadline = Instant.now().plus(TIMEOUT);
        List<Received> mail = read(address);
        while (mail.isEmpty()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("No mail reached " + address + " within " + TIMEOUT.toSeconds() + " s");
            }
            pause(200);
            mail = read(address);
        }
        return mail;
    }

    /** The one mail the address gets: it arrives, and no other follows. */
    public static Received one(String address) {
        await(address);
        List<Received> mail = settled(address);
        assertEquals(1, mail.size(), "mail to " + address);
        return mail.get(0);
    }

    /** Sends what is due, then all the address has once nothing more arrives for a second. */
    public static List<Received> settled(String address) {
        sendDue();
        List<Received> before = read(address);
        pause(1000);
        sendDue();
        List<Received> after = read(address);
        assertEquals(before.size(), after.size(), "mail was still arriving for " + address);
        return after;
    }

    /** What the mail sender of this test instance sends now (tests do not send on a schedule). */
    public static void sendDue() {
        try {
            Arc.container().instance(MailSender.class).get().sendDue();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Received> read(String address) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(API + "/api/user/"
                    + address + "/messages/")).timeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 4 && response.body().contains("not found")) {
                return List.of(); // no mailbox yet: nothing was sent there
            }
            if (response.statusCode() != 200) {
                throw new AssertionError("GreenMail at " + API + " answered " + response.statusCode() + ": " + response.body());
            }
            List<Received> mail = new ArrayList<>();
            for (JsonNode message : JSON.readTree(response.body())) {
                mail.add(parse(message.path("mimeMessage").asText()));
            }
            return mail;
        } catch (IOException e) {
            throw new AssertionError("GreenMail's API at " + API + " is not reachable (bin/test or bin/run starts it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Received parse(String raw) {
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (Header header : Collections.list(message.getAllHeaders())) {
                headers.computeIfAbsent(header.getName().toLowerCase(), name -> new ArrayList<>()).add(header.getValue());
            }
            Parts parts = new Parts();
            parts.walk(message);
            List<String> to = new ArrayList<>();
            for (var recipient : message.getAllRecipients()) {
                to.add(recipient.toString());
            }
            return new Received(message.getSubject(), message.getFrom()[0].toString(), to, parts.text, parts.html, headers,
                    parts.attachments);
        } catch (Exception e) {
            throw new AssertionError("GreenMail gave a mail that is not MIME: " + e, e);
        }
    }

    /** The text and HTML alternatives and the attachments of a MIME tree. */
    private static final class Parts {
        String text;
        String html;
        final List<Attachment> attachments = new ArrayList<>();

        void walk(Part part) throws Exception {
            if (part.getContent() instanceof Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child);
                }
            } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                attachments.add(new Attachment(part.getFileName(), part.getContentType(), part.getInputStream().readAllBytes()));
            } else if (part.isMimeType("text/plain") && text == null) {
                text = part.getContent().toString();
            } else if (part.isMimeType("text/html") && html == null) {
                html = part.getContent().toString();
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
