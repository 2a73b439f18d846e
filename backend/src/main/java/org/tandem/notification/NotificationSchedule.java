package org.tandem.notification;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;
import java.time.LocalTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** When digests go out (Europe/London), and the switch that leaves reminders and digests to tests. */
@Singleton
class NotificationSchedule implements Scheduled.SkipPredicate {
    private final boolean enabled;
    private final LocalTime digestAt;

    NotificationSchedule(@ConfigProperty(name = "tandem.notifications.schedule", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "tandem.notifications.digest-at", defaultValue = "07:30") LocalTime digestAt) {
        this.enabled = enabled;
        this.digestAt = digestAt;
    }

    LocalTime digestAt() {
        return digestAt;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !enabled;
    }
}
