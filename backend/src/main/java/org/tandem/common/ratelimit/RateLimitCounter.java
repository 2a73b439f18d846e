package org.tandem.common.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Counts requests in PostgreSQL, so that every instance of the backend counts against the same quota: a fixed window
 * per caller, one row per caller and window, upserted by one statement on a short autocommit connection. Windows
 * start on the database's clock (multiples of the window since the epoch), not on each instance's.
 */
@ApplicationScoped
class RateLimitCounter {
    private static final Logger LOG = Logger.getLogger(RateLimitCounter.class);
    private static final long WARN_EVERY_MILLIS = 60_000;
    /** After a failure, requests are not counted for a while: none should wait for a connection twice in an outage. */
    private static final long PAUSE_AFTER_FAILURE_MILLIS = 10_000;

    // Asynchronous commit for this statement only (set_config(..., true) lasts until its commit): a count lost in a
    // crash costs nothing, while waiting for the disk would add a flush to every read and hold the caller's row, on
    // which all their concurrent requests queue, for as long as the flush takes.
    private static final String COUNT = """
            WITH no_flush AS (SELECT set_config('synchronous_commit', 'off', true))
            INSERT INTO rate_limit_window AS w (bucket, window_start, hits)
            SELECT ?, date_bin(make_interval(secs => ?), now(), timestamptz '1970-01-01 00:00:00+00'), 1 FROM no_flush
            ON CONFLICT (bucket, window_start) DO UPDATE SET hits = w.hits + 1
            RETURNING w.hits, greatest(1, ceil(extract(epoch from w.window_start - clock_timestamp()) + ?))::int""";
    private static final String PRUNE = "DELETE FROM rate_limit_window WHERE window_start < now() - make_interval(secs => ?)";

    private final AgroalDataSource dataSource;
    private final AtomicLong lastWarned = new AtomicLong();
    private volatile long pausedUntil;

    RateLimitCounter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The caller's requests in the current window (this one included), or empty when they cannot be counted. */
    Optional<Count> count(String bucket, int windowSeconds) {
        if (System.currentTimeMillis() < pausedUntil) {
            return Optional.empty();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(COUNT)) {
            connection.setAutoCommit(true);
            statement.setString(1, bucket);
            statement.setInt(2, windowSeconds);
            statement.setInt(3, windowSeconds);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return Optional.of(new Count(row.getInt(1), row.getInt(2)));
            }
        } catch (SQLException | RuntimeException e) {
            // Fail open: a limiter that cannot count must not turn every request into an error.
            pausedUntil = System.currentTimeMillis() + PAUSE_AFTER_FAILURE_MILLIS;
            warnNowAndThen(e);
            return Optional.empty();
        }
    }

    /** Windows that have ended are of no use to any instance; any instance may delete them. */
    @Scheduled(every = "60s", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void pruneEndedWindows() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(PRUNE)) {
            connection.setAutoCommit(true);
            statement.setInt(1, 2 * RateLimitPolicy.WINDOW_SECONDS);
            statement.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            warnNowAndThen(e);
        }
    }

    private void warnNowAndThen(Exception e) {
        long now = System.currentTimeMillis();
        long last = lastWarned.get();
        if (now - last >= WARN_EVERY_MILLIS && lastWarned.compareAndSet(last, now)) {
            LOG.warnf("Rate limits not enforced: requests cannot be counted (%s)", e.toString());
        }
    }

    /** {@code hits} requests so far in a window that ends in {@code resetSeconds}. */
    record Count(int hits, int resetSeconds) {}
}
