package org.tandem.common.security;

import java.util.Set;
import java.util.UUID;

/** A partnership or board: owned by one organisation, with others taking part. */
public interface ScopedBody {
    /** The partnership's or board's id: ids are unique across both. */
    UUID bodyId();

    UUID ownerOrganisationId();

    String name();

    boolean isArchived();

    Set<UUID> participantOrganisationIds();
}
