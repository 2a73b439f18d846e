package org.tandem.common.ratelimit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Without a database the limiter lets requests through rather than failing them. */
class RateLimitCounterTest {

    @Test
    void aCountThatCannotBeMadeLetsTheRequestThrough() {
        RateLimitCounter counter = new RateLimitCounter(unreachable());
        assertTrue(counter.count("user:someone", RateLimitPolicy.WINDOW_SECONDS).isEmpty());
        counter.pruneEndedWindows(); // and pruning does not throw either
    }

    private static AgroalDataSource unreachable() {
        return (AgroalDataSource) Proxy.newProxyInstance(AgroalDataSource.class.getClassLoader(),
                new Class<?>[] {AgroalDataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        throw new SQLTransientConnectionException("Acquisition timeout while waiting for new connection");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
