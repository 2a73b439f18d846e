package org.tandem.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "tandem.webhooks")
public interface WebhookConfig {
    /** true (development and tests only): http URLs and addresses on this machine or a private network are allowed. */
    @WithDefault("false")
    boolean allowLocalHttp();

    /** How long a receiver has to answer one attempt. */
    @WithDefault("10s")
    Duration timeout();

    /** How long a delivery is retried before it fails and its subscription is disabled. */
    @WithDefault("24h")
    Duration retryFor();

    /** false (tests, which send when they choose): this instance sends nothing on its own. */
    @WithDefault("true")
    boolean send();

    /** How often each instance looks for due deliveries (read by WebhookSender's schedule). */
    @WithDefault("2s")
    String sendEvery();

    /** Deliveries one instance claims at a time (sent in parallel). */
    @WithDefault("20")
    int batch();
}
