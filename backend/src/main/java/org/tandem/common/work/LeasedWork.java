package org.tandem.common.work;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Work waiting in a table (webhook deliveries, mail), done by any number of backend instances. Each claims a batch with
 * an UPDATE over a {@code FOR UPDATE SKIP LOCKED} sub-select that sets a lease, in a transaction of its own, so that no
 * two instances take the same row at once, and a row left by a stopped instance is taken over when its lease lapses.
 * The work itself is done outside any transaction and each result recorded on its own ({@link #record}).
 *
 * @param <T> a claimed row, as {@code rows} reads it
 */
public final class LeasedWork<T> {
    /** Reads one claimed row of the claim's RETURNING list. */
    public interface Rows<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** A statement that records a result, on a connection of its own in auto-commit. */
    public interface Statement {
        void run(Connection connection) throws SQLException;
    }

    private final DataSource dataSource;
    private final String claim;
    private final Rows<T> rows;
    private final Logger log;

    /**
     * {@code claim}: an UPDATE ... RETURNING whose first parameter is the lease in seconds and second the batch size,
     * which claims only due rows whose lease (if any) has lapsed.
     */
    public LeasedWork(DataSource dataSource, String claim, Rows<T> rows, Logger log) {
        this.dataSource = dataSource;
        this.claim = claim;
        this.rows = rows;
        this.log = log;
    }

    /**
     * Claims and works through batch after batch until one is not full (the rows of one batch at the same time, as
     * {@code attempt} starts them); returns how many rows were claimed.
     */
    public int drain(Duration lease, int batch, Function<T, CompletableFuture<Void>> attempt) throws SQLException {
        int claimed = 0;
        List<T> rowsOfBatch;
        do {
            rowsOfBatch = claim(lease, batch);
            List<CompletableFuture<Void>> attempts = new ArrayList<>();
            for (T row : rowsOfBatch) {
                attempts.add(attempt.apply(row));
            }
            CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new)).join();
            claimed += rowsOfBatch.size();
        } while (rowsOfBatch.size() == batch);
        return claimed;
    }

    /** A scheduled run: does {@code run} when {@code enabled}; a failure waits for the next run. */
    public void scheduled(boolean enabled, String what, Work run) {
        if (!enabled) {
            return;
        }
        try {
            run.run();
        } catch (SQLException | RuntimeException e) {
            log.warnf("%s not sent just now (%s); retrying on the next run", what, e.toString());
        }
    }

    /** A scheduled run's work. */
    public interface Work {
        void run() throws SQLException;
    }

    /** Records one row's result; when that fails the row's lease lapses and another run does it again (at least once). */
    public void record(Object id, Statement statement) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            statement.run(connection);
        } catch (SQLException | RuntimeException e) {
            log.warnf("%s: its result could not be recorded (%s)", id, e.toString());
        }
    }

    /** The failure as the row keeps it: the underlying exception's type and message, at most 500 characters. */
    public static String describe(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        String text = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    private List<T> claim(Duration lease, int batch) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(claim)) {
            connection.setAutoCommit(true);
            statement.setLong(1, Math.max(1, lease.toSeconds()));
            statement.setInt(2, batch);
            List<T> claimed = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    claimed.add(rows.read(row));
                }
            }
            return claimed;
        }
    }
}
