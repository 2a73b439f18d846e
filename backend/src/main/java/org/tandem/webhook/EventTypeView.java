package org.tandem.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookEventType", description = "An event type a webhook can subscribe to")
public record EventTypeView(
        @Schema(description = "What a subscription names: entityType.action, or entityType.* for all its events",
                examples = "outcome.published", maxLength = 100) String type,
        @Schema(examples = "outcome", maxLength = 100) String entityType,
        @Schema(examples = "A \"you said, we did\" outcome: published", maxLength = 200) String description) {}
