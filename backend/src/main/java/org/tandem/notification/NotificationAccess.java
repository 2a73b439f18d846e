package org.tandem.notification;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.UUID;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.OrganisationScope;

/**
 * Whose notifications a caller sees: the person their sign-in is linked to, and only theirs. A sign-in linked to
 * nobody (most staff, partner systems) has an empty notification centre and no preferences to set.
 */
@RequestScoped
class NotificationAccess {
    private final OrganisationScope scope;

    NotificationAccess(OrganisationScope scope) {
        this.scope = scope;
    }

    Optional<UUID> me() {
        return scope.linkedPerson();
    }

    /** @throws ProblemException 409 not-linked, as the scope says it */
    UUID linkedPerson() {
        return scope.requireLinkedPerson();
    }

    /** One of the caller's own notifications; someone else's is not found. */
    Notification mine(UUID id) {
        Notification notification = Notification.findById(id);
        if (notification == null || me().filter(notification.recipientPersonId::equals).isEmpty()) {
            throw ProblemException.notFound("Notification " + id);
        }
        return notification;
    }
}
