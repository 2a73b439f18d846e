package org.tandem.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.LondonTime;

@Schema(name = "Webhook", description = "A webhook subscription of your organisation")
public record WebhookView(
        UUID id,
        UUID organisationId,
        @Schema(examples = "https://hooks.healthwatch-lewisham.example.org/tandem", maxLength = 2000) String url,
        @Schema(examples = "[\"outcome.*\", \"meeting.cancelled\"]", maxItems = 100) List<String> eventTypes,
        @Schema(examples = "Our case management system", maxLength = 500, nullable = true) String description,
        WebhookStatus status,
        @Schema(description = "Why it was disabled (by whom, or after which failures)", maxLength = 1000, nullable = true)
        String disabledReason,
        @Schema(nullable = true) OffsetDateTime disabledAt,
        @Schema(description = "The signing secret: only in the answers to creating the subscription and rotating its "
                + "secret (keep it then: it is never shown again); null otherwise",
                examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", maxLength = 100, nullable = true) String secret,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(examples = "0") long version) {

    static WebhookView of(WebhookSubscription s) {
        return of(s, null);
    }

    static WebhookView of(WebhookSubscription s, String secret) {
        return new WebhookView(s.id, s.organisationId, s.url, List.of(s.eventTypes), s.description, s.status,
                s.disabledReason, LondonTime.of(s.disabledAt), secret,
                LondonTime.of(s.createdAt), LondonTime.of(s.updatedAt), s.version);
    }
}
