package org.tandem.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookStatus", description = "ACTIVE: events are sent. DISABLED: by an admin, or by Tandem after 24 hours of failed "
        + "deliveries (disabledReason says which); nothing is queued for it until it is enabled again.")
public enum WebhookStatus {
    ACTIVE, DISABLED
}
