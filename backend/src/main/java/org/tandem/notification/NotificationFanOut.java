package org.tandem.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import org.tandem.common.events.DomainEvent;
import org.tandem.common.events.DomainEventConsumer;

/**
 * Turns domain events into notifications, in the outbox dispatcher's transaction: each event is dispatched once
 * however many instances run, and one that arrives while the backend was down is dispatched when it is back.
 */
@ApplicationScoped
class NotificationFanOut implements DomainEventConsumer {
    private final Instance<NotificationRule> rules;
    private final Notifications notifications;

    NotificationFanOut(Instance<NotificationRule> rules, Notifications notifications) {
        this.rules = rules;
        this.notifications = notifications;
    }

    @Override
    public void consume(DomainEvent event) {
        for (NotificationRule rule : rules) {
            rule.notificationsFor(event).forEach(notifications::record);
        }
    }
}
