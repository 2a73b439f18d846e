package org.tandem.notification;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a recipient's mail goes and whether it may: a person only with an address, consent to be contacted and not
 * anonymised; a bare address only as given with consent (the feature that recorded it checked that).
 */
record Addressee(Recipient recipient, String name, String email, boolean mayEmail, UUID organisationId) {

    static Optional<Addressee> of(Recipient recipient, EntityManager entityManager) {
        if (recipient.personId() == null) {
            return Optional.of(new Addressee(recipient, null, recipient.email(), true, null));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("SELECT display_name, email, consent_to_contact, organisation_id "
                        + "FROM person WHERE id = :id AND anonymised_at IS NULL")
                .setParameter("id", recipient.personId()).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        String email = (String) row[1];
        boolean mayEmail = email != null && !email.isBlank() && Boolean.TRUE.equals(row[2]);
        return Optional.of(new Addressee(recipient, (String) row[0], mayEmail ? email.trim() : null, mayEmail, (UUID) row[3]));
    }
}
