package org.tandem.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDeliveryStatus", description = "PENDING: waiting for its first or next attempt. DELIVERED: the receiver "
        + "answered 2xx. FAILED: no 2xx for 24 hours of retries (replay it once the receiver works).")
public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
