package org.tandem.common.events;

import org.tandem.common.persistence.SqlValues;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands outbox events to every {@link DomainEventConsumer}. Each batch is claimed with FOR UPDATE SKIP LOCKED, so
 * any number of backend instances share the work: a claimed row is invisible to the others until its transaction
 * ends, and it is marked delivered in that same transaction, so no event is delivered twice or lost.
 */
@ApplicationScoped
public class OutboxDispatcher {
    static final int BATCH = 100;

    private final EntityManager entityManager;
    private final Instance<DomainEventConsumer> consumers;
    private final ObjectMapper json;

    OutboxDispatcher(EntityManager entityManager, Instance<DomainEventConsumer> consumers, ObjectMapper json) {
        this.entityManager = entityManager;
        this.consumers = consumers;
        this.json = json;
    }

    @Scheduled(every = "${tandem.outbox.dispatch-every:2s}", skipExecutionIf = Disabled.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dispatchPending() {
        while (dispatchBatch(BATCH) == BATCH) {
            // a full batch: there may be more waiting
        }
    }

    /** Delivers up to {@code limit} undelivered events in order; returns how many. */
    @Transactional
    public int dispatchBatch(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT seq, id, type, entity_type, entity_id, organisation_id, "
                        + "partnership_id, board_id, occurred_at, request_id, audit_entry_id, payload::text FROM outbox_event WHERE dispatched_at IS NULL "
                        + "ORDER BY seq LIMIT :limit FOR UPDATE SKIP LOCKED")
                .setParameter("limit", limit).getResultList();
        List<Long> delivered = new ArrayList<>();
        for (Object[] row : rows) {
            DomainEvent event = event(row);
            consumers.forEach(consumer -> consumer.consume(event));
            delivered.add(event.seq());
        }
        if (!delivered.isEmpty()) {
            entityManager.createNativeQuery("UPDATE outbox_event SET dispatched_at = now(), attempts = attempts + 1 "
                    + "WHERE seq IN (:seqs)").setParameter("seqs", delivered).executeUpdate();
        }
        return delivered.size();
    }

    private DomainEvent event(Object[] row) {
        try {
            return new DomainEvent(((Number) row[0]).longValue(), (UUID) row[1], (String) row[2], (String) row[3],
                    (UUID) row[4], (UUID) row[5], (UUID) row[6], (UUID) row[7], SqlValues.instant(row[8]), (String) row[9],
                    ((Number) row[10]).longValue(), json.readTree((String) row[11]));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("outbox event " + row[0] + " has a payload that is not JSON", e);
        }
    }

    /** Off in tests, which dispatch when they choose; on everywhere else unless tandem.outbox.dispatch=false. */
    @Singleton
    public static class Disabled implements Scheduled.SkipPredicate {
        private final boolean enabled;

        Disabled(@ConfigProperty(name = "tandem.outbox.dispatch", defaultValue = "true") boolean enabled) {
            this.enabled = enabled;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !enabled;
        }
    }
}
