package org.tandem.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tandem.common.events.DomainEvent;
import org.tandem.common.events.DomainEventConsumer;

/** A consumer for tests: remembers every event it was handed, and by which thread. */
@ApplicationScoped
public class RecordingConsumer implements DomainEventConsumer {
    private final List<UUID> delivered = new CopyOnWriteArrayList<>();

    @Override
    public void consume(DomainEvent event) {
        delivered.add(event.id());
    }

    List<UUID> delivered() {
        return delivered;
    }
}
