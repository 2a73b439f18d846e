package org.tandem.common.metrics;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

/** What Prometheus scrapes at /q/metrics: requests per endpoint as histograms, and the business gauges. */
@QuarkusTest
class MetricsTest {
    @Inject
    BusinessGauges gauges;

    @Test
    void requestsAreCountedPerEndpointTemplateWithADurationHistogram() {
        TestOrganisation org = TestOrganisation.create();
        String partnershipId = Fixtures.partnership(org, "Metrics partnership");
        as(org.staff()).get("/api/v1/partnerships/" + partnershipId).then().statusCode(200);

        String metrics = scrape();
        // The template, not the id: one series per endpoint, whatever the records.
        assertTrue(metrics.contains("http_server_requests_seconds_bucket{method=\"GET\",outcome=\"SUCCESS\",status=\"200\","
                + "uri=\"/api/v1/partnerships/{id}\",le="), "a duration histogram per endpoint:\n" + grep(metrics, "partnerships"));
        assertFalse(metrics.contains(partnershipId), "no record id becomes a label");
    }

    @Test
    void feedbackReceivedShowsInTheFeedbackGauge() {
        TestOrganisation org = TestOrganisation.create();
        String partnershipId = Fixtures.partnership(org, "Metrics feedback partnership");
        gauges.count();
        double before = gauge(scrape(), "tandem_feedback_items");

        as(org.staff()).body(Map.of("partnershipId", partnershipId, "text", "The clinic letters arrive after the appointment",
                "receivedOn", "2024-07-18")).post("/api/v1/feedback").then().statusCode(201);
        gauges.count();

        assertEquals(before + 1, gauge(scrape(), "tandem_feedback_items"));
    }

    @Test
    void theBacklogGaugesAreServed() {
        gauges.count();
        String metrics = scrape();
        for (String name : new String[] {"tandem_claims_waiting{status=\"SUBMITTED\"}", "tandem_claims_waiting{status=\"APPROVED\"}",
                "tandem_outbox_events_pending", "tandem_webhook_deliveries_pending", "tandem_mail_pending"}) {
            assertTrue(gauge(metrics, name) >= 0, name);
        }
    }

    private static String scrape() {
        return given().accept("text/plain").get("/q/metrics").then().statusCode(200)
                .contentType(containsString("text/plain")).extract().asString();
    }

    private static double gauge(String metrics, String series) {
        // The text format may end a label set with a comma: {status="SUBMITTED",}
        Matcher value = Pattern.compile("(?m)^" + Pattern.quote(series) + " ([0-9.E+-]+)$").matcher(metrics.replace(",}", "}"));
        assertTrue(value.find(), series + " is served:\n" + grep(metrics, "tandem_"));
        return Double.parseDouble(value.group(1));
    }

    private static String grep(String metrics, String text) {
        return metrics.lines().filter(line -> line.contains(text)).limit(20).reduce("", (a, b) -> a + b + "\n");
    }
}
