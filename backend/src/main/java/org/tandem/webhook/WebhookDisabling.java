package org.tandem.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.tandem.common.change.Changes;
import org.tandem.common.web.LondonTime;

/**
 * After a delivery failed for the whole retry period, its subscription is disabled: nothing more is queued for it,
 * its admins see why on the subscription, and the change is on the audit trail with a webhook-subscription.disabled
 * event (from which notifications tell its admins).
 */
@ApplicationScoped
class WebhookDisabling {
    private static final Logger LOG = Logger.getLogger(WebhookDisabling.class);

    private final Changes changes;

    WebhookDisabling(Changes changes) {
        this.changes = changes;
    }

    @Transactional
    void afterFailedDelivery(UUID subscriptionId, String url, Instant failingSince, String lastError) {
        WebhookSubscription subscription = WebhookSubscription.findById(subscriptionId);
        if (subscription == null || subscription.status == WebhookStatus.DISABLED) {
            return;
        }
        changes.updating(subscription, "disabled");
        subscription.disable("Disabled by Tandem: deliveries to " + url + " failed from "
                + LondonTime.of(failingSince).toLocalDateTime().withNano(0) + " (London time) until the retries ran out; "
                + "the last attempt: " + lastError + ". Fix the receiver, enable the subscription and replay the failed deliveries.");
        LOG.warnf("Webhook subscription %s disabled after failed deliveries (%s)", subscriptionId, lastError);
    }
}
