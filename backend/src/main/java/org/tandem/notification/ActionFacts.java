package org.tandem.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.common.persistence.SqlValues;
import org.tandem.common.web.LondonTime;

/** Open actions with owners, read from the meeting feature's tables. */
@ApplicationScoped
class ActionFacts {
    private static final String SELECT = "SELECT a.id, a.owner_person_id, a.description, a.due_on, "
            + "COALESCE(p.owner_organisation_id, b.owner_organisation_id), m.partnership_id, m.title, m.starts_at "
            + "FROM meeting_action a JOIN meeting m ON m.id = a.meeting_id LEFT JOIN partnership p ON p.id = m.partnership_id "
            + "LEFT JOIN board b ON b.id = m.board_id WHERE a.status = 'OPEN' AND a.owner_person_id IS NOT NULL ";

    /** An open action with an owner, as reminders and assignments describe it. */
    record OpenAction(UUID id, UUID ownerId, String description, LocalDate dueOn, UUID organisationId, UUID partnershipId,
            String meetingTitle, LocalDate meetingDate) {}

    private final EntityManager entityManager;

    ActionFacts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    Optional<OpenAction> open(UUID actionId) {
        return rows(entityManager.createNativeQuery(SELECT + "AND a.id = :id").setParameter("id", actionId).getResultList())
                .stream().findFirst();
    }

    /** Open actions due between the two dates, inclusive. */
    List<OpenAction> dueBetween(LocalDate from, LocalDate to) {
        return rows(entityManager.createNativeQuery(SELECT + "AND a.due_on BETWEEN :from AND :to")
                .setParameter("from", from).setParameter("to", to).getResultList());
    }

    private static List<OpenAction> rows(List<?> rows) {
        return rows.stream().map(Object[].class::cast).map(row -> new OpenAction((UUID) row[0], (UUID) row[1], (String) row[2],
                SqlValues.localDate(row[3]), (UUID) row[4], (UUID) row[5], (String) row[6], LondonTime.dateOf(SqlValues.instant(row[7])))).toList();
    }
}
