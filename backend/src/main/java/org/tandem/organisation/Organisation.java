package org.tandem.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tandem.common.Published;
import org.tandem.common.change.Audited;
import org.tandem.common.persistence.TimestampedEntity;

@Published
@Entity
public class Organisation extends TimestampedEntity implements Audited {
    /** Stable identifier carried in users' tokens (claim {@code organisation}). */
    public String code;
    public String name;
    @Enumerated(EnumType.STRING)
    public OrganisationKind kind;
    public String website;

    @Override
    public String auditType() {
        return "organisation";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    /** Its own: an organisation's admins read the history of its record. */
    @Override
    public UUID auditOrganisationId() {
        return id;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("code", code);
        state.put("name", name);
        state.put("kind", kind);
        state.put("website", website);
        return state;
    }

    public static Optional<UUID> findIdByCode(String code) {
        return find("code", code).project(IdOnly.class).firstResultOptional().map(IdOnly::id);
    }

    public static boolean codeTaken(String code) {
        return count("code", code) > 0;
    }

    public record IdOnly(UUID id) {}
}
