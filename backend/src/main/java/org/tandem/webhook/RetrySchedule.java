package org.tandem.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: after 5 seconds, 5 minutes, 30 minutes, 2, 5 and 10 hours, then every 10
 * hours (each ±10%, so that receivers coming back are not hit by every sender at once), the last attempt exactly
 * when the retry period ends (24 hours by default). Past that the delivery has failed.
 */
final class RetrySchedule {
    private static final List<Duration> DELAYS = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10));

    private RetrySchedule() {}

    /** After {@code attempts} failed attempts, the next one; null when the period has run out. */
    static Instant next(int attempts, Instant retryingSince, Duration retryFor, Instant now) {
        Instant deadline = retryingSince.plus(retryFor);
        if (!now.isBefore(deadline)) {
            return null;
        }
        Duration delay = DELAYS.get(Math.min(attempts, DELAYS.size()) - 1);
        long jitter = (long) (delay.toMillis() * ThreadLocalRandom.current().nextDouble(-0.1, 0.1));
        Instant next = now.plus(delay).plusMillis(jitter);
        return next.isAfter(deadline) ? deadline : next;
    }
}
