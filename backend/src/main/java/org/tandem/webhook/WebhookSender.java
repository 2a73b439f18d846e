package org.tandem.webhook;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.tandem.common.work.LeasedWork;

/**
 * Sends due deliveries. Each instance claims a batch with FOR UPDATE SKIP LOCKED and a lease (so that no two send the
 * same delivery at once, and one left by a stopped instance is taken over when its lease lapses), sends them in
 * parallel outside any transaction, and records each answer. Delivery is at least once: a receiver de-duplicates on
 * webhook-id.
 */
@ApplicationScoped
public class WebhookSender {
    private static final Logger LOG = Logger.getLogger(WebhookSender.class);
    private static final String CLAIM = """
            UPDATE webhook_delivery d SET leased_until = now() + make_interval(secs => ?)
            FROM webhook_subscription s
            WHERE s.id = d.subscription_id AND d.id IN (
                SELECT dd.id FROM webhook_delivery dd JOIN webhook_subscription ss ON ss.id = dd.subscription_id
                WHERE dd.status = 'PENDING' AND dd.next_attempt_at <= now() AND ss.status = 'ACTIVE'
                  AND (dd.leased_until IS NULL OR dd.leased_until < now())
                ORDER BY dd.next_attempt_at LIMIT ? FOR UPDATE OF dd SKIP LOCKED)
            RETURNING d.id, d.event_id, d.body, d.attempts, d.retrying_since, s.id, s.url, s.secret""";
    private static final String DELIVERED = """
            UPDATE webhook_delivery SET status = 'DELIVERED', attempts = attempts + 1, delivered_at = now(),
                last_attempt_at = ?, last_status_code = ?, last_duration_ms = ?, last_error = NULL, next_attempt_at = NULL,
                leased_until = NULL, version = version + 1, updated_at = now()
            WHERE id = ?""";
    private static final String NOT_DELIVERED = """
            UPDATE webhook_delivery SET status = ?, attempts = attempts + 1, last_attempt_at = ?, last_status_code = ?,
                last_duration_ms = ?, last_error = ?, next_attempt_at = ?, leased_until = NULL, version = version + 1,
                updated_at = now()
            WHERE id = ?""";

    private final WebhookConfig config;
    private final WebhookDisabling disabling;
    private final HttpClient http;
    private final LeasedWork<Claimed> work;

    WebhookSender(AgroalDataSource dataSource, WebhookConfig config, WebhookDisabling disabling) {
        this.config = config;
        this.disabling = disabling;
        // Redirects are not followed: a receiver could otherwise send Tandem to an address it may not call.
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
        this.work = new LeasedWork<>(dataSource, CLAIM, row -> new Claimed(row.getObject(1, UUID.class),
                row.getObject(2, UUID.class), row.getString(3), row.getInt(4), row.getTimestamp(5).toInstant(),
                row.getObject(6, UUID.class), row.getString(7), row.getString(8)), LOG);
    }

    /** Off in tests, which send when they choose; on everywhere else unless tandem.webhooks.send=false. */
    @Scheduled(every = "${tandem.webhooks.send-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendScheduled() {
        work.scheduled(config.send(), "Webhook deliveries", this::sendDue);
    }

    /** Sends every delivery due now, batch after batch; returns how many attempts were made. */
    public int sendDue() throws SQLException {
        return work.drain(config.timeout().multipliedBy(3).plusSeconds(30), config.batch(), this::attempt);
    }

    private record Claimed(UUID id, UUID eventId, String body, int attempts, Instant retryingSince, UUID subscriptionId,
            String url, String secret) {}

    private CompletableFuture<Void> attempt(Claimed delivery) {
        Instant started = Instant.now();
        URI uri = URI.create(delivery.url());
        String refusal = WebhookUrls.refusal(uri, config.allowLocalHttp());
        if (refusal != null) {
            return CompletableFuture.runAsync(() -> record(delivery, started, null, refusal));
        }
        long timestamp = started.getEpochSecond();
        String webhookId = delivery.eventId().toString();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(config.timeout())
                .header("Content-Type", "application/json")
                .header("User-Agent", "Tandem-Webhooks/1")
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.of(delivery.secret(), webhookId, timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body())).build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .handle((response, failure) -> {
                    Integer status = response == null ? null : response.statusCode();
                    String error = failure != null ? LeasedWork.describe(failure) : status / 100 == 2 ? null : "HTTP " + status;
                    record(delivery, started, status, error);
                    return null;
                });
    }

    private void record(Claimed delivery, Instant started, Integer status, String error) {
        Instant now = Instant.now();
        int duration = (int) Math.min(Integer.MAX_VALUE, now.toEpochMilli() - started.toEpochMilli());
        work.record(delivery.id(), connection -> {
            if (error == null) {
                try (PreparedStatement update = connection.prepareStatement(DELIVERED)) {
                    update.setTimestamp(1, Timestamp.from(started));
                    update.setInt(2, status);
                    update.setInt(3, duration);
                    update.setObject(4, delivery.id());
                    update.executeUpdate();
                }
                return;
            }
            Instant next = RetrySchedule.next(delivery.attempts() + 1, delivery.retryingSince(), config.retryFor(), now);
            try (PreparedStatement update = connection.prepareStatement(NOT_DELIVERED)) {
                update.setString(1, next == null ? DeliveryStatus.FAILED.name() : DeliveryStatus.PENDING.name());
                update.setTimestamp(2, Timestamp.from(started));
                update.setObject(3, status, Types.INTEGER);
                update.setInt(4, duration);
                update.setString(5, error);
                update.setTimestamp(6, next == null ? null : Timestamp.from(next));
                update.setObject(7, delivery.id());
                update.executeUpdate();
            }
            if (next == null) {
                disabling.afterFailedDelivery(delivery.subscriptionId(), delivery.url(), delivery.retryingSince(), error);
            }
        });
    }
}
