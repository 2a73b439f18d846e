package org.tandem.export;

import io.agroal.api.AgroalDataSource;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * One consistent view of the database for a whole export: a read-only REPEATABLE READ transaction, so that every
 * row and every dataset of an export is as it was at one moment, however long it takes to send and whatever
 * changes meanwhile. Rows come from a server-side cursor a batch at a time, so memory stays flat at any size.
 */
final class Snapshot implements AutoCloseable {
    static final int FETCH_SIZE = 1000;
    private static final Logger LOG = Logger.getLogger(Snapshot.class);

    private final Connection connection;
    private final int pooledIsolation;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ChangeFeed.Cursor position;

    private Snapshot(Connection connection) throws SQLException {
        this.connection = connection;
        this.pooledIsolation = connection.getTransactionIsolation();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET LOCAL TIME ZONE 'Europe/London'");
        }
        // The first query takes the snapshot; the feed's position is read in it.
        this.position = ChangeFeed.positionOf(connection);
    }

    static Snapshot open(AgroalDataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            return new Snapshot(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Where the change feed takes over from this snapshot: every change after it is in the feed from here. */
    ChangeFeed.Cursor position() {
        return position;
    }

    /** For the end of a request whose body was never written (the client went away first): the connection goes back. */
    void closeQuietly() {
        try {
            close();
        } catch (SQLException e) {
            LOG.debugf("closing an export's snapshot: %s", e.getMessage());
        }
    }

    Connection connection() {
        return connection;
    }

    long count(ExportQuery query) throws SQLException {
        try (PreparedStatement statement = query.prepare(connection); ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Runs the query through a cursor, handing each row to {@code rows}. */
    void stream(ExportQuery query, RowReader rows) throws SQLException, IOException {
        try (PreparedStatement statement = query.prepare(connection)) {
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet result = statement.executeQuery()) {
                rows.start(result);
                while (result.next()) {
                    rows.read(result);
                }
            }
        }
    }

    interface RowReader {
        void start(ResultSet result) throws SQLException;

        void read(ResultSet result) throws SQLException, IOException;
    }

    /** Closes it unless it is closed already: an export closes it when sent, or when its request ends first. */
    @Override
    public void close() throws SQLException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            // The connection goes back to the pool as it came: the next user must not find itself in a snapshot.
            connection.rollback();
            connection.setTransactionIsolation(pooledIsolation);
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
        } finally {
            connection.close();
        }
    }
}
