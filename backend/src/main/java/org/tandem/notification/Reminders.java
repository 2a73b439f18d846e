package org.tandem.notification;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.tandem.common.persistence.SqlValues;
import org.tandem.common.web.LondonTime;

/**
 * Reminders that come from a date rather than an event: an action due within two days, and the last week to claim for
 * a meeting a claimant attended. Each is recorded once per date (a moved due date reminds again), so running every
 * few minutes on every instance, or again after the backend was down, reminds nobody twice and misses nobody.
 */
@ApplicationScoped
class Reminders {
    static final int ACTION_DAYS_BEFORE = 2;
    static final int CLAIM_DAYS_BEFORE = 7;

    /** Attended meetings whose claim deadline (the policy in force on the meeting's date) is near and not yet claimed for. */
    private static final String CLAIMS_DUE = """
            SELECT a.person_id, m.id, m.title, m.starts_at, p.id, p.name, p.owner_organisation_id, deadline
            FROM attendance a
            JOIN meeting m ON m.id = a.meeting_id AND m.status = 'HELD'
            JOIN partnership p ON p.id = m.partnership_id
            JOIN claimant_account ca ON ca.person_id = a.person_id
            CROSS JOIN LATERAL (
                SELECT (m.starts_at AT TIME ZONE 'Europe/London')::date + rp.claim_deadline_days AS deadline
                FROM reimbursement_policy rp
                WHERE rp.partnership_id = p.id AND rp.effective_from <= (m.starts_at AT TIME ZONE 'Europe/London')::date
                ORDER BY rp.effective_from DESC LIMIT 1) policy
            WHERE a.status = 'ATTENDED' AND deadline BETWEEN :today AND :until
              AND NOT EXISTS (SELECT 1 FROM claim c WHERE c.meeting_id = m.id AND c.claimant_person_id = a.person_id
                              AND c.status NOT IN ('DRAFT', 'WITHDRAWN'))""";

    private final EntityManager entityManager;
    private final ActionFacts actions;
    private final Notifications notifications;

    Reminders(EntityManager entityManager, ActionFacts actions, Notifications notifications) {
        this.entityManager = entityManager;
        this.actions = actions;
        this.notifications = notifications;
    }

    @Scheduled(every = "${tandem.notifications.remind-every:15m}", skipExecutionIf = NotificationSchedule.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void remindNow() {
        remind(LondonTime.today());
    }

    /** Records the reminders due on {@code today}; returns how many were new. */
    @Transactional
    int remind(LocalDate today) {
        List<NewNotification> due = new ArrayList<>();
        for (ActionFacts.OpenAction action : actions.dueBetween(today, today.plusDays(ACTION_DAYS_BEFORE))) {
            due.add(NewNotification.of(Recipient.person(action.ownerId()), NotificationKind.ACTION_DUE,
                    "action-due:" + action.id() + ":" + action.dueOn(), action.organisationId(), action.partnershipId(),
                    "Due " + (action.dueOn().equals(today) ? "today" : Wording.day(action.dueOn())) + ": "
                            + Wording.quoted(action.description()),
                    "A reminder: your action from " + action.meetingTitle() + " (" + Wording.day(action.meetingDate())
                            + ") is due by " + Wording.day(action.dueOn()) + ": " + action.description()
                            + "\n\nIf it is done, mark it done under \"My actions\" in Tandem.",
                    "/my/actions"));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> claims = entityManager.createNativeQuery(CLAIMS_DUE).setParameter("today", today)
                .setParameter("until", today.plusDays(CLAIM_DAYS_BEFORE)).getResultList();
        for (Object[] row : claims) {
            LocalDate deadline = SqlValues.localDate(row[7]);
            String meeting = row[2] + " (" + Wording.day(LondonTime.dateOf(SqlValues.instant(row[3]))) + ")";
            due.add(NewNotification.of(Recipient.person((UUID) row[0]), NotificationKind.CLAIM_DEADLINE,
                    "claim-deadline:" + row[1] + ":" + deadline, (UUID) row[6], (UUID) row[4],
                    "Claim by " + Wording.day(deadline) + " for " + row[2],
                    "You attended " + meeting + " of " + row[5] + ". Claims for it, for your time and expenses, are due by "
                            + Wording.day(deadline) + ". You have not sent one yet.\n\nStart or finish your claim under "
                            + "\"Claims\" in Tandem.",
                    "/claims"));
        }
        return (int) due.stream().map(notifications::record).filter(java.util.Optional::isPresent).count();
    }
}
