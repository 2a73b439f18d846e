package org.tandem.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookRequest", description = "A subscription to create, or its new URL, event types, description or state")
public record WebhookRequest(
        @NotBlank @Size(max = 2000) @Schema(description = "Where events are POSTed: https (http only to this machine in development)",
                examples = "https://hooks.healthwatch-lewisham.example.org/tandem") String url,
        @NotEmpty @Size(max = 100) @Schema(description = "Event types of GET /api/v1/webhooks/event-types: entityType.action, or entityType.*",
                examples = "[\"outcome.*\", \"meeting.cancelled\"]")
        Set<@NotNull @Size(max = 101) @Pattern(regexp = "[a-z-]{1,50}\\.[a-z*-]{1,50}") String> eventTypes,
        @Size(max = 500) @Schema(examples = "Our case management system") String description,
        @Schema(description = "false: stop sending (disable); true: send again (enable). Default true.") Boolean active,
        @Schema(description = "Required when updating: the version you loaded", examples = "0") Long version) {}
