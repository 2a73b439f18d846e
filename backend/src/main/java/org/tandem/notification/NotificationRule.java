package org.tandem.notification;

import java.util.List;
import org.tandem.common.events.DomainEvent;

/** Derives the notifications one kind of domain event means; called once per event, in the dispatcher's transaction. */
interface NotificationRule {
    List<NewNotification> notificationsFor(DomainEvent event);
}
