package org.tandem.common.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The command-line check of the trail (bin/verify-audit): connects with plain JDBC, walks the chain with the
 * same code as the endpoint, prints the result and exits 0 when intact, 1 when broken, 2 when it could not check.
 * Reads QUARKUS_DATASOURCE_JDBC_URL, _USERNAME and _PASSWORD, as the service does.
 */
public final class AuditChainCheck {
    private AuditChainCheck() {}

    public static void main(String[] args) {
        String url = System.getenv().getOrDefault("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://127.0.0.1:54320/tandem");
        String user = System.getenv().getOrDefault("QUARKUS_DATASOURCE_USERNAME", "tandem");
        String password = System.getenv().getOrDefault("QUARKUS_DATASOURCE_PASSWORD", "tandem");
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setReadOnly(true);
            AuditChain.Verification result = AuditChain.verify(connection);
            if (result.intact()) {
                System.out.printf("audit trail intact: %d entries; head entry %s, hash %s%n", result.entriesChecked(),
                        result.headSeq(), result.headHash());
                System.exit(0);
            }
            System.out.printf("audit trail BROKEN at entry %d: %s (%d entries before it are intact)%n",
                    result.firstBrokenSeq(), result.problem(), result.entriesChecked());
            System.exit(1);
        } catch (SQLException e) {
            System.err.println("could not check the audit trail at " + url + ": " + e.getMessage());
            System.exit(2);
        }
    }
}
