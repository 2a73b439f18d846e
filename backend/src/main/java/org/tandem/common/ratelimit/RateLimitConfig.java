package org.tandem.common.ratelimit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** How many requests a caller may make per minute under each policy (see docs/rate-limits.md). */
@ConfigMapping(prefix = "tandem.rate-limit")
public interface RateLimitConfig {
    /** Off, no request is counted and no RateLimit header is sent. */
    @WithDefault("true")
    boolean enabled();

    /** A partner organisation's system (client credentials), counted per OAuth client ({@code azp}). */
    Quota partner();

    /** A person signed in to the web client or calling with their own token, counted per token subject. */
    Quota user();

    /** The public views and every request without a valid token, counted per client address. */
    @WithName("public")
    Quota publicViews();

    interface Quota {
        int requestsPerMinute();
    }
}
