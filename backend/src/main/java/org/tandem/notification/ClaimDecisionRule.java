package org.tandem.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.tandem.claim.ClaimReference;
import org.tandem.common.events.DomainEvent;
import org.tandem.common.persistence.SqlValues;
import org.tandem.common.web.LondonTime;

/** Tells claimants when their claim is approved, rejected (and why) or paid. */
@ApplicationScoped
class ClaimDecisionRule implements NotificationRule {
    private final EntityManager entityManager;

    ClaimDecisionRule(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<NewNotification> notificationsFor(DomainEvent event) {
        String action = event.payload().path("action").asText();
        if (!event.entityType().equals("claim") || !List.of("approved", "rejected", "marked-paid").contains(action)) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT c.claimant_person_id, c.number, c.organisation_id, "
                        + "c.partnership_id, m.title, m.starts_at, c.rejection_reason, c.paid_on, c.payment_reference "
                        + "FROM claim c JOIN meeting m ON m.id = c.meeting_id WHERE c.id = :id")
                .setParameter("id", event.entityId()).getResultList();
        return rows.stream().map(row -> {
            String number = ClaimReference.of(((Number) row[1]).longValue());
            String meeting = row[4] + " (" + Wording.day(LondonTime.dateOf(SqlValues.instant(row[5]))) + ")";
            String title = "Your claim " + number + " for " + row[4] + " was " + (action.equals("marked-paid") ? "paid" : action);
            String body = switch (action) {
                case "approved" -> "Your claim " + number + " for " + meeting + " was approved. It will be paid in the next payment run.";
                case "rejected" -> "Your claim " + number + " for " + meeting + " was not approved."
                        + (row[6] == null ? "" : " The reason given: " + row[6])
                        + "\n\nIf you think this is wrong, contact the team that runs the partnership.";
                default -> "Your claim " + number + " for " + meeting + " was paid"
                        + (row[7] == null ? "" : " on " + Wording.day(SqlValues.localDate(row[7])))
                        + (row[8] == null ? "" : " with the payment reference " + row[8]) + ".";
            };
            return NewNotification.of(Recipient.person((UUID) row[0]), NotificationKind.CLAIM_UPDATE,
                    "claim:" + event.entityId() + ":" + action, (UUID) row[2], (UUID) row[3], title, body, "/claims/" + event.entityId());
        }).toList();
    }
}
