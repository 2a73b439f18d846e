package org.tandem.common.metrics;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * What operations watches besides the requests: feedback held, claims waiting for finance, and the backlogs of the
 * outbox, webhooks and mail. Counted in one statement on a schedule rather than at each scrape, so that a scrape never
 * waits on the database and several instances scraping often cost one count each per period. The figures are the
 * whole database's (every organisation), never a record, so they carry no personal data.
 */
@ApplicationScoped
@Startup
public class BusinessGauges {
    private static final Logger LOG = Logger.getLogger(BusinessGauges.class);

    private static final String COUNTS = """
            SELECT (SELECT count(*) FROM feedback),
                   (SELECT count(*) FROM claim WHERE status = 'SUBMITTED'),
                   (SELECT count(*) FROM claim WHERE status = 'APPROVED'),
                   (SELECT count(*) FROM outbox_event WHERE dispatched_at IS NULL),
                   (SELECT count(*) FROM webhook_delivery WHERE status = 'PENDING'),
                   (SELECT count(*) FROM mail_message WHERE status IN ('QUEUED', 'SENDING'))""";

    private final AgroalDataSource dataSource;
    private final AtomicLong feedbackItems = new AtomicLong();
    private final AtomicLong claimsSubmitted = new AtomicLong();
    private final AtomicLong claimsApproved = new AtomicLong();
    private final AtomicLong outboxPending = new AtomicLong();
    private final AtomicLong webhooksPending = new AtomicLong();
    private final AtomicLong mailPending = new AtomicLong();

    BusinessGauges(AgroalDataSource dataSource, MeterRegistry registry) {
        this.dataSource = dataSource;
        gauge(registry, "tandem.feedback.items", feedbackItems, "Feedback items held; its increase is feedback received");
        Gauge.builder("tandem.claims.waiting", claimsSubmitted, AtomicLong::get).tag("status", "SUBMITTED")
                .description("Claims waiting for a finance decision (SUBMITTED) or for payment (APPROVED)").register(registry);
        Gauge.builder("tandem.claims.waiting", claimsApproved, AtomicLong::get).tag("status", "APPROVED")
                .description("Claims waiting for a finance decision (SUBMITTED) or for payment (APPROVED)").register(registry);
        gauge(registry, "tandem.outbox.events.pending", outboxPending, "Domain events not yet dispatched to webhooks and notifications");
        gauge(registry, "tandem.webhook.deliveries.pending", webhooksPending, "Webhook deliveries waiting for a (re)try");
        gauge(registry, "tandem.mail.pending", mailPending, "Mails queued or being sent");
    }

    private static void gauge(MeterRegistry registry, String name, AtomicLong value, String description) {
        Gauge.builder(name, value, AtomicLong::get).description(description).register(registry);
    }

    /** Counts again; the gauges keep their last figures while the database cannot answer. */
    @Scheduled(every = "${tandem.metrics.count-every:30s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void count() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(COUNTS)) {
            row.next();
            feedbackItems.set(row.getLong(1));
            claimsSubmitted.set(row.getLong(2));
            claimsApproved.set(row.getLong(3));
            outboxPending.set(row.getLong(4));
            webhooksPending.set(row.getLong(5));
            mailPending.set(row.getLong(6));
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("could not count the business gauges: %s", e.getMessage());
        }
    }
}
