package org.tandem.common.security;

import java.util.Set;
import java.util.UUID;

/** A partnership or board: owned by one organisation, with others taking part. */
public interface ScopedBody {
    UUID ownerOrganisationId();

    String name();

    boolean isArchived();

    Set<UUID> participantOrganisationIds();
}
