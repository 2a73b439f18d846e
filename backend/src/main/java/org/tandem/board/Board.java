package org.tandem.board;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.persistence.LifecycleStatus;
import org.tandem.common.persistence.TimestampedEntity;
import org.tandem.common.security.ScopedBody;

/** A decision-making body, such as a Health and Wellbeing Board, that partnerships report to. */
@Entity
public class Board extends TimestampedEntity implements ScopedBody {
    @Column(name = "owner_organisation_id", nullable = false, updatable = false)
    public UUID ownerOrganisationId;

    public String name;
    public String description;
    public boolean statutory;
    public String website;

    @Enumerated(EnumType.STRING)
    public LifecycleStatus status = LifecycleStatus.ACTIVE;

    @ElementCollection
    @CollectionTable(name = "board_organisation", joinColumns = @JoinColumn(name = "board_id"))
    @Column(name = "organisation_id")
    public Set<UUID> participantOrganisationIds = new HashSet<>();

    @Override
    public UUID ownerOrganisationId() {
        return ownerOrganisationId;
    }

    @Override
    public Set<UUID> participantOrganisationIds() {
        return participantOrganisationIds;
    }
}
