package org.tandem.notification;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.problem.ProblemType;
import org.tandem.common.security.CurrentUser;
import org.tandem.person.PersonAccounts;

/**
 * Whose notifications a caller sees: the person their sign-in is linked to, and only theirs. A sign-in linked to
 * nobody (most staff, partner systems) has an empty notification centre and no preferences to set.
 */
@RequestScoped
class NotificationAccess {
    private final CurrentUser user;
    private final PersonAccounts accounts;

    NotificationAccess(CurrentUser user, PersonAccounts accounts) {
        this.user = user;
        this.accounts = accounts;
    }

    Optional<UUID> me() {
        String subject = user.subject();
        return subject == null || user.isPartnerClient() ? Optional.empty() : accounts.personOf(subject);
    }

    UUID linkedPerson() {
        return me().orElseThrow(() -> new ProblemException(ProblemType.NOT_LINKED, "Your sign-in is not linked to a person "
                + "in Tandem, so there is nothing to notify you about. Staff of your organisation can link it to you.", List.of()));
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
