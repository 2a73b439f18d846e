package org.tandem.common.events;

/**
 * Receives each domain event once, in order, from the {@link OutboxDispatcher}, inside the transaction that marks it
 * delivered: a consumer that throws leaves the event (and those after it) to be offered again.
 */
public interface DomainEventConsumer {
    void consume(DomainEvent event);
}
