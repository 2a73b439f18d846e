package org.tandem.common.ratelimit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Counts requests in PostgreSQL, so that every instance of the backend counts against the same quota: a fixed window
 * per caller, one row per caller and window. Windows start on the database's clock (multiples of the window since
 * the epoch), not on each instance's. Each instance adds its callers' hits to their rows at most every
 * {@link #SYNC_MILLIS} ms (one upsert on a short autocommit connection, which also brings what the other instances
 * counted) and counts in memory in between: a statement per request cost more than the rest of a small request, and
 * all of a caller's concurrent requests queued on their row. A caller spread over several instances can so go over
 * their quota by what they sent to the others within the last {@link #SYNC_MILLIS} ms; one instance counts exactly.
 */
@ApplicationScoped
class RateLimitCounter {
    private static final Logger LOG = Logger.getLogger(RateLimitCounter.class);
    private static final long WARN_EVERY_MILLIS = 60_000;
    /** After a failure, requests are not counted for a while: none should wait for a connection twice in an outage. */
    private static final long PAUSE_AFTER_FAILURE_MILLIS = 10_000;
    private static final long SYNC_MILLIS = 250;

    // Asynchronous commit for this statement only (set_config(..., true) lasts until its commit): a count lost in a
    // crash costs nothing, while waiting for the disk would hold the caller's row, on which the other instances'
    // syncs for them queue, for as long as the flush takes. Returns the total and the seconds left in the window.
    private static final String COUNT = """
            WITH no_flush AS (SELECT set_config('synchronous_commit', 'off', true))
            INSERT INTO rate_limit_window AS w (bucket, window_start, hits)
            SELECT ?, date_bin(make_interval(secs => ?), now(), timestamptz '1970-01-01 00:00:00+00'), ? FROM no_flush
            ON CONFLICT (bucket, window_start) DO UPDATE SET hits = w.hits + excluded.hits
            RETURNING w.hits, extract(epoch from w.window_start - clock_timestamp()) + ?""";
    private static final String PRUNE = "DELETE FROM rate_limit_window WHERE window_start < now() - make_interval(secs => ?)";

    private final AgroalDataSource dataSource;
    private final AtomicLong lastWarned = new AtomicLong();
    private volatile long pausedUntil;
    private final Map<String, LocalWindow> windows = new ConcurrentHashMap<>();

    RateLimitCounter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The caller's requests in the current window (this one included), or empty when they cannot be counted. */
    Optional<Count> count(String bucket, int windowSeconds) {
        if (System.currentTimeMillis() < pausedUntil) {
            return Optional.empty();
        }
        LocalWindow window = windows.computeIfAbsent(bucket, b -> new LocalWindow());
        synchronized (window) {
            long now = System.nanoTime();
            window.unsynced++;
            if (!window.synced || now >= window.endsAt || now - window.syncedAt >= SYNC_MILLIS * 1_000_000) {
                Optional<Shared> shared = addToShared(bucket, windowSeconds, window.unsynced);
                if (shared.isEmpty()) {
                    window.unsynced--;
                    return Optional.empty();
                }
                window.synced(shared.get(), now);
            }
            int resetSeconds = (int) Math.max(1, Math.ceil((window.endsAt - now) / 1e9));
            return Optional.of(new Count(window.sharedHits + window.unsynced, resetSeconds));
        }
    }

    /** Adds {@code hits} to the caller's row of the database's current window: its total and seconds left. */
    private Optional<Shared> addToShared(String bucket, int windowSeconds, int hits) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(COUNT)) {
            connection.setAutoCommit(true);
            statement.setString(1, bucket);
            statement.setInt(2, windowSeconds);
            statement.setInt(3, hits);
            statement.setInt(4, windowSeconds);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return Optional.of(new Shared(row.getInt(1), row.getDouble(2)));
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
        long now = System.nanoTime();
        windows.values().removeIf(window -> window.endedBefore(now));
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

    /** What this instance knows of a caller's current window: the shared total when last synced, and hits since. */
    private static final class LocalWindow {
        boolean synced;
        int sharedHits;
        int unsynced;
        long syncedAt;
        long endsAt;

        void synced(Shared shared, long now) {
            synced = true;
            sharedHits = shared.hits();
            unsynced = 0;
            syncedAt = now;
            endsAt = now + (long) (shared.secondsLeft() * 1e9);
        }

        synchronized boolean endedBefore(long now) {
            return synced && unsynced == 0 && now >= endsAt;
        }
    }

    /** The row of a caller's window after this instance's hits were added to it. */
    private record Shared(int hits, double secondsLeft) {}

    /** {@code hits} requests so far in a window that ends in {@code resetSeconds}. */
    record Count(int hits, int resetSeconds) {}
}
