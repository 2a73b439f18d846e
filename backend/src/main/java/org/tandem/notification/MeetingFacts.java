package org.tandem.notification;

import org.tandem.common.persistence.SqlValues;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What notifications about a partnership's meeting say of it. */
record MeetingFacts(UUID id, UUID partnershipId, String partnershipName, UUID organisationId, String title, Instant startsAt,
        boolean timeConfirmed, String format, String venue, String status, String cancellationReason, long version) {

    static Optional<MeetingFacts> of(UUID meetingId, EntityManager entityManager) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT m.id, m.partnership_id, p.name, p.owner_organisation_id, "
                        + "m.title, m.starts_at, m.time_confirmed, m.format, m.venue, m.status, m.cancellation_reason, m.version "
                        + "FROM meeting m JOIN partnership p ON p.id = m.partnership_id WHERE m.id = :id")
                .setParameter("id", meetingId).getResultList();
        return rows.stream().findFirst().map(row -> new MeetingFacts((UUID) row[0], (UUID) row[1], (String) row[2],
                (UUID) row[3], (String) row[4], SqlValues.instant(row[5]), (Boolean) row[6], (String) row[7], (String) row[8],
                (String) row[9], (String) row[10], ((Number) row[11]).longValue()));
    }

    boolean upcoming() {
        return "PLANNED".equals(status) && startsAt.isAfter(Instant.now());
    }

    String when() {
        return Wording.when(startsAt, timeConfirmed);
    }

    /** Where: the venue, online, or both. */
    String where() {
        return switch (format) {
            case "ONLINE" -> "online (the link is on the meeting's page)";
            case "HYBRID" -> (venue == null ? "in person" : "at " + venue) + " or online";
            default -> venue == null ? "in person (the venue is to be confirmed)" : "at " + venue;
        };
    }

    String link() {
        return "/meetings/" + id;
    }
}
