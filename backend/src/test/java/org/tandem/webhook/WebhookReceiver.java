package org.tandem.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server on this machine that takes webhooks, answering with the status the test sets. */
public final class WebhookReceiver implements AutoCloseable {
    /** What arrived: the headers Standard Webhooks defines and the raw body. */
    public record Received(String id, String timestamp, String signature, String contentType, String body) {
        /**
         * The receiver's own check, written from the Standard Webhooks specification rather than with the server's
         * code: HMAC-SHA256 over "id.timestamp.body" with the secret's bytes, and a timestamp within 5 minutes.
         */
        public boolean verifiesWith(String secret) throws GeneralSecurityException {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return signature.equals("v1," + Base64.getEncoder().encodeToString(expected))
                    && Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) < 300;
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger answer = new AtomicInteger(204);

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hooks", exchange -> {
            var headers = exchange.getRequestHeaders();
            received.add(new Received(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                    headers.getFirst("webhook-signature"), headers.getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    public void answer(int status) {
        answer.set(status);
    }

    /** The next webhook to arrive within {@code seconds}, or null. */
    public Received next(int seconds) throws InterruptedException {
        return received.poll(seconds, TimeUnit.SECONDS);
    }


    @Override
    public void close() {
        server.stop(0);
    }
}
