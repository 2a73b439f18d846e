package org.tandem.common.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * Request durations as a histogram (http_server_requests_seconds_bucket), so that p50/p95/p99 per endpoint can be
 * computed in Prometheus across every instance, which per-instance percentiles cannot.
 */
class RequestHistograms {
    private static final String REQUESTS = "http.server.requests";

    @Produces
    @Singleton
    MeterFilter requestDurationHistogram() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals(REQUESTS)) {
                    return config;
                }
                return DistributionStatisticConfig.builder().percentilesHistogram(true)
                        .minimumExpectedValue((double) Duration.ofMillis(1).toNanos())
                        .maximumExpectedValue((double) Duration.ofSeconds(10).toNanos()).build().merge(config);
            }
        };
    }
}
