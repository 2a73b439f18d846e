package org.tandem.common.problem;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Recognises a failure that comes from losing the database (a restart, a failover, a full pool) rather than from the
 * request: it answers 503 with Retry-After, never 500. SQLSTATE class 08 is "connection exception"; 57P01-57P03 are
 * PostgreSQL shutting down or starting up.
 */
final class DatabaseOutage {
    private DatabaseOutage() {}

    static boolean causedBy(Throwable e) {
        return cause(e) != null;
    }

    static String describe(Throwable e) {
        Throwable cause = cause(e);
        return cause == null ? e.toString() : cause.toString();
    }

    /**
     * Searches causes and suppressed exceptions: a commit that fails as the connection drops surfaces as a
     * RollbackException whose JDBC failure is only suppressed in it.
     */
    private static Throwable cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return t;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                Throwable found = cause(suppressed);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}
