package org.tandem.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.tandem.common.change.Audited;
import org.tandem.common.persistence.TimestampedEntity;

/** A person's choice of delivery per kind of notification; a kind they never chose keeps its default. */
@Entity
@Table(name = "notification_settings")
public class NotificationSettings extends TimestampedEntity implements Audited {
    @Column(name = "person_id", nullable = false, updatable = false)
    public UUID personId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> choices = new LinkedHashMap<>();

    static NotificationSettings forPerson(UUID personId, UUID organisationId) {
        NotificationSettings settings = new NotificationSettings();
        settings.personId = personId;
        settings.organisationId = organisationId;
        return settings;
    }

    Delivery deliveryOf(NotificationKind kind) {
        String chosen = choices.get(kind.key());
        return chosen == null ? kind.defaultDelivery() : Delivery.valueOf(chosen);
    }

    void choose(NotificationKind kind, Delivery delivery) {
        choices.put(kind.key(), delivery.name());
    }

    @Override
    public String auditType() {
        return "notification-settings";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    @Override
    public UUID auditOrganisationId() {
        return organisationId;
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("personId", personId);
        for (NotificationKind kind : NotificationKind.values()) {
            state.put(kind.key(), deliveryOf(kind).name());
        }
        return state;
    }
}
