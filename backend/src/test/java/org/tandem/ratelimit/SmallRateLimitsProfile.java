package org.tandem.ratelimit;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Five requests a minute per caller, and client addresses taken from X-Forwarded-For as behind a proxy. */
public class SmallRateLimitsProfile implements QuarkusTestProfile {
    static final int QUOTA = 5;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "tandem.rate-limit.partner.requests-per-minute", String.valueOf(QUOTA),
                "tandem.rate-limit.user.requests-per-minute", String.valueOf(QUOTA),
                "tandem.rate-limit.public.requests-per-minute", String.valueOf(QUOTA),
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true");
    }
}
