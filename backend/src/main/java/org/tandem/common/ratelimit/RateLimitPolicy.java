package org.tandem.common.ratelimit;

/**
 * A quota of requests per window shared by the callers it is counted for. The names are the policy names of the
 * RateLimit and RateLimit-Policy header fields (draft-ietf-httpapi-ratelimit-headers).
 */
enum RateLimitPolicy {
    PARTNER("partner"),
    USER("user"),
    PUBLIC("public");

    static final int WINDOW_SECONDS = 60;

    private final String fieldName;

    RateLimitPolicy(String fieldName) {
        this.fieldName = fieldName;
    }

    String fieldName() {
        return fieldName;
    }

    int quota(RateLimitConfig config) {
        return switch (this) {
            case PARTNER -> config.partner().requestsPerMinute();
            case USER -> config.user().requestsPerMinute();
            case PUBLIC -> config.publicViews().requestsPerMinute();
        };
    }
}
