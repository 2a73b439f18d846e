package org.tandem.common.security;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import org.tandem.common.persistence.LifecycleStatus;
import org.tandem.common.persistence.TimestampedEntity;

/** What partnerships and boards have in common: an owner organisation, a name, and a lifecycle. */
@MappedSuperclass
public abstract class ScopedBodyEntity extends TimestampedEntity implements ScopedBody {
    @Column(name = "owner_organisation_id", nullable = false, updatable = false)
    public UUID ownerOrganisationId;

    public String name;
    public String description;
    public String website;

    @Enumerated(EnumType.STRING)
    public LifecycleStatus status = LifecycleStatus.ACTIVE;

    @Override
    public UUID bodyId() {
        return id;
    }

    @Override
    public UUID ownerOrganisationId() {
        return ownerOrganisationId;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean isArchived() {
        return status == LifecycleStatus.ARCHIVED;
    }
}
