package org.tandem.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.LondonTime;

@Schema(name = "WebhookDelivery", description = "One event sent (or to be sent) to a subscription, and how its last attempt went")
public record DeliveryView(
        UUID id,
        UUID subscriptionId,
        @Schema(description = "The webhook-id header: the event's id, the same on every attempt and replay") UUID eventId,
        @Schema(examples = "outcome.published", maxLength = 100) String eventType,
        DeliveryStatus status,
        @Schema(examples = "1", minimum = "0") int attempts,
        @Schema(nullable = true) OffsetDateTime lastAttemptAt,
        @Schema(description = "The receiver's HTTP status at the last attempt, if it answered", examples = "200",
                nullable = true, minimum = "100", maximum = "599") Integer lastStatusCode,
        @Schema(examples = "84", nullable = true, minimum = "0") Integer lastDurationMs,
        @Schema(description = "Why the last attempt failed (no answer, a timeout, a refused address)", maxLength = 500,
                nullable = true, examples = "HTTP 503") String lastError,
        @Schema(description = "When it will be tried next (PENDING only)", nullable = true) OffsetDateTime nextAttemptAt,
        @Schema(nullable = true) OffsetDateTime deliveredAt,
        @Schema(description = "The JSON body as signed and sent", maxLength = 20000) String body,
        OffsetDateTime createdAt,
        @Schema(examples = "0") long version) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.id, d.subscriptionId, d.eventId, d.eventType, d.status, d.attempts,
                LondonTime.of(d.lastAttemptAt), d.lastStatusCode, d.lastDurationMs, d.lastError,
                LondonTime.of(d.nextAttemptAt), LondonTime.of(d.deliveredAt), d.body, LondonTime.of(d.createdAt), d.version);
    }
}
