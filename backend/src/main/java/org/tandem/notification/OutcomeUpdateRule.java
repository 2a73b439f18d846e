package org.tandem.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.tandem.common.events.DomainEvent;
import org.tandem.feedback.FeedbackContributor;
import org.tandem.feedback.FeedbackContributors;
import org.tandem.publicview.PublicLinks;

/**
 * "You said, we did": tells the people whose feedback an outcome answers when it is published (or made published), when it moves on,
 * and when it cannot be done (with the reason), linking to the public page. Only published outcomes: the link must
 * show what the message says. Only contributors who consented to be contacted.
 */
@ApplicationScoped
class OutcomeUpdateRule implements NotificationRule {
    private static final Map<String, String> NEWS = Map.of(
            "created", "Here is what is being done about it.",
            "published", "Here is what is being done about it.",
            "started", "Work on it has started.",
            "completed", "It has been done.",
            "marked-not-possible", "It cannot be done.",
            "reopened", "It is being looked at again.");

    private final EntityManager entityManager;
    private final FeedbackContributors contributors;
    private final PublicLinks publicLinks;

    OutcomeUpdateRule(EntityManager entityManager, FeedbackContributors contributors, PublicLinks publicLinks) {
        this.entityManager = entityManager;
        this.contributors = contributors;
        this.publicLinks = publicLinks;
    }

    @Override
    public List<NewNotification> notificationsFor(DomainEvent event) {
        String action = event.payload().path("action").asText();
        if (!event.entityType().equals("outcome") || !NEWS.containsKey(action)) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT o.partnership_id, p.name, p.owner_organisation_id, o.you_said, "
                        + "o.we_did, o.status_reason, o.version FROM outcome o JOIN partnership p ON p.id = o.partnership_id "
                        + "WHERE o.id = :id AND o.published")
                .setParameter("id", event.entityId()).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        Object[] outcome = rows.get(0);
        UUID partnershipId = (UUID) outcome[0];
        String body = "You gave feedback to " + outcome[1] + ". They heard: \"" + outcome[3] + "\"\n\n" + NEWS.get(action)
                + (outcome[4] == null || action.equals("marked-not-possible") ? "" : " What they did: " + outcome[4])
                + (action.equals("marked-not-possible") && outcome[5] != null ? " The reason: " + outcome[5] : "")
                + "\n\nThank you for telling them. The public page shows this and what else your feedback changed.";
        String source = "outcome:" + event.entityId() + ":" + action + ":v" + outcome[6];
        String link = publicLinks.outcome(partnershipId, event.entityId()).toString();
        return contributors.consentedContributorsOf(event.entityId()).stream()
                .map(OutcomeUpdateRule::recipient)
                .distinct()
                .map(recipient -> NewNotification.of(recipient, NotificationKind.OUTCOME_UPDATE, source, (UUID) outcome[2],
                        partnershipId, "You said, we did: an update from " + outcome[1], body, link))
                .toList();
    }

    private static Recipient recipient(FeedbackContributor contributor) {
        return contributor.personId() != null ? Recipient.person(contributor.personId()) : Recipient.address(contributor.email());
    }
}
