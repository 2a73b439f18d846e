package org.tandem.board;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.Published;
import org.tandem.common.security.ScopedBodyEntity;

/** A decision-making body, such as a Health and Wellbeing Board, that partnerships report to. */
@Published
@Entity
public class Board extends ScopedBodyEntity {
    public boolean statutory;

    @ElementCollection
    @CollectionTable(name = "board_organisation", joinColumns = @JoinColumn(name = "board_id"))
    @Column(name = "organisation_id")
    public Set<UUID> participantOrganisationIds = new HashSet<>();

    @Override
    public Set<UUID> participantOrganisationIds() {
        return participantOrganisationIds;
    }
}
