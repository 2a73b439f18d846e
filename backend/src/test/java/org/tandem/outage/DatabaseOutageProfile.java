package org.tandem.outage;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.tandem.support.DatabaseProxy;

/** The backend reaches the test PostgreSQL through a {@link DatabaseProxy} that the tests can cut. */
public class DatabaseOutageProfile implements QuarkusTestProfile {
    static volatile DatabaseProxy proxy;

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ProxyResource.class));
    }

    public static class ProxyResource implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            String url = System.getenv().getOrDefault("TANDEM_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:54329/tandem");
            URI target = URI.create(url.substring("jdbc:".length()));
            try {
                proxy = new DatabaseProxy(target.getHost(), target.getPort());
            } catch (java.io.IOException e) {
                throw new IllegalStateException("cannot start the database proxy", e);
            }
            return Map.of("quarkus.datasource.jdbc.url",
                    "jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getPath(),
                    // Fail fast while the database is away, as a load balancer's health checks expect.
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S");
        }

        @Override
        public void stop() {
            try {
                proxy.close();
            } catch (java.io.IOException ignored) {
                // the test is over
            }
        }
    }
}
