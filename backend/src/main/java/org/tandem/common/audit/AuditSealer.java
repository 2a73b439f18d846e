package org.tandem.common.audit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Chains new entries every second (tandem.audit.seal-every), a batch at a time, in a transaction of its own. Any
 * number of instances may run it: one seals while the others find the chain taken and leave it.
 */
@ApplicationScoped
public class AuditSealer {
    static final int BATCH = 1000;

    private final AgroalDataSource dataSource;

    AuditSealer(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(every = "${tandem.audit.seal-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sealOnSchedule() throws SQLException {
        sealAll();
    }

    /** Seals every entry committed so far (unless another instance is sealing them); returns how many. */
    public int sealAll() throws SQLException {
        int total = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                for (int sealed; (sealed = AuditChain.seal(connection, BATCH)) > 0; ) {
                    connection.commit();
                    total += sealed;
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return total;
    }
}
