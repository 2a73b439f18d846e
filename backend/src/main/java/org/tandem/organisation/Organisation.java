package org.tandem.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Optional;
import java.util.UUID;
import org.tandem.common.Published;
import org.tandem.common.persistence.TimestampedEntity;

@Published
@Entity
public class Organisation extends TimestampedEntity {
    /** Stable identifier carried in users' tokens (claim {@code organisation}). */
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public OrganisationKind kind;
    public String website;

    public static Optional<UUID> findIdByCode(String code) {
        return find("code", code).project(IdOnly.class).firstResultOptional().map(IdOnly::id);
    }

    public static boolean codeTaken(String code) {
        return count("code", code) > 0;
    }

    public record IdOnly(UUID id) {}
}
