package org.tandem.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verification code docs/partners.md gives partners (docs/webhooks: Python, Node and Java) accepts a webhook
 * signed as Standard Webhooks says, and refuses a changed body, another secret and an old timestamp.
 */
class WebhookVerificationSnippetsTest {
    private static final Path SNIPPETS = Path.of("..", "docs", "webhooks");
    private static final byte[] BODY = "{\"type\":\"outcome.published\",\"data\":{\"entityType\":\"outcome\"}}"
            .getBytes(StandardCharsets.UTF_8);

    static Stream<List<String>> verifiers() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return Stream.of(List.of("python3", SNIPPETS.resolve("verify_webhook.py").toString()),
                List.of("node", SNIPPETS.resolve("verify-webhook.mjs").toString()),
                List.of(java, SNIPPETS.resolve("VerifyWebhook.java").toString()));
    }

    @ParameterizedTest
    @MethodSource("verifiers")
    void theDocumentedVerifierAcceptsWhatIsSignedAndNothingElse(List<String> verifier) throws Exception {
        String secret = newSecret();
        String id = "msg_" + UUID.randomUUID();
        String now = Long.toString(Instant.now().getEpochSecond());
        assertEquals("valid", run(verifier, secret, id, now, sign(secret, id, now, BODY), BODY));
        // A second signature first, as during a secret rotation: any valid one will do.
        assertEquals("valid", run(verifier, secret, id, now,
                sign(newSecret(), id, now, BODY) + " " + sign(secret, id, now, BODY), BODY));

        byte[] changed = "{\"type\":\"outcome.deleted\",\"data\":{\"entityType\":\"outcome\"}}".getBytes(StandardCharsets.UTF_8);
        assertEquals("invalid", run(verifier, secret, id, now, sign(secret, id, now, BODY), changed));
        assertEquals("invalid", run(verifier, newSecret(), id, now, sign(secret, id, now, BODY), BODY));
        assertEquals("invalid", run(verifier, secret, "msg_other", now, sign(secret, id, now, BODY), BODY));
        String anHourAgo = Long.toString(Instant.now().minusSeconds(3600).getEpochSecond());
        assertEquals("invalid", run(verifier, secret, id, anHourAgo, sign(secret, id, anHourAgo, BODY), BODY));
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    /** Standard Webhooks: v1, base64 of HMAC-SHA256 over "id.timestamp.body", keyed with the secret's bytes. */
    private static String sign(String secret, String id, String timestamp, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    private static String run(List<String> verifier, String secret, String id, String timestamp, String signature,
            byte[] body) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(verifier);
        command.addAll(List.of(secret, id, timestamp, signature));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var stdin = process.getOutputStream()) {
            stdin.write(body);
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, process.waitFor(), verifier + " exited with an error");
        return out;
    }
}
