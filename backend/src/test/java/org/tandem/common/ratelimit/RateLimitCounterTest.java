package org.tandem.common.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import java.lang.reflect.Proxy;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Without a database the limiter lets requests through rather than failing them. */
class RateLimitCounterTest {

    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aCountThatCannotBeMadeLetsTheRequestThroughAndTheNextOnesDoNotWaitForTheDatabase() {
        RateLimitCounter counter = new RateLimitCounter(unreachable());
        assertTrue(counter.count("user:someone", RateLimitPolicy.WINDOW_SECONDS).isEmpty());
        assertTrue(counter.count("user:someone-else", RateLimitPolicy.WINDOW_SECONDS).isEmpty());
        assertEquals(1, attempts.get(), "one attempt, then a pause");
        counter.pruneEndedWindows(); // and pruning does not throw either
    }

    private AgroalDataSource unreachable() {
        return (AgroalDataSource) Proxy.newProxyInstance(AgroalDataSource.class.getClassLoader(),
                new Class<?>[] {AgroalDataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        attempts.incrementAndGet();
                        throw new SQLTransientConnectionException("Acquisition timeout while waiting for new connection");
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
