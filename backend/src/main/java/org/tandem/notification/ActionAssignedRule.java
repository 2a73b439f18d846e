package org.tandem.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tandem.common.events.DomainEvent;

/** Tells a person when an action of a meeting is given to them (made with them as owner, or handed to them). */
@ApplicationScoped
class ActionAssignedRule implements NotificationRule {
    private final ActionFacts actions;

    ActionAssignedRule(ActionFacts actions) {
        this.actions = actions;
    }

    @Override
    public List<NewNotification> notificationsFor(DomainEvent event) {
        if (!event.entityType().equals("action")) {
            return List.of();
        }
        String action = event.payload().path("action").asText();
        boolean ownerChanged = false;
        for (var field : event.payload().path("changedFields")) {
            ownerChanged |= field.asText().equals("ownerPersonId");
        }
        if (!(action.equals("created") || action.equals("updated")) || !ownerChanged) {
            return List.of();
        }
        return actions.open(event.entityId()).map(open -> List.of(NewNotification.of(Recipient.person(open.ownerId()),
                NotificationKind.ACTION_ASSIGNED, "action:" + open.id() + ":owner:" + open.ownerId(), open.organisationId(),
                open.partnershipId(), "Action for you: " + Wording.quoted(open.description()),
                "At " + open.meetingTitle() + " (" + Wording.day(open.meetingDate()) + ") this action was given to you: "
                        + open.description() + (open.dueOn() == null ? "" : "\n\nIt is due by " + Wording.day(open.dueOn()) + ".")
                        + "\n\nWhen it is done, mark it done under \"My actions\" in Tandem.",
                "/my/actions"))).orElse(List.of());
    }
}
