package org.tandem.organisation;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.Published;
import org.tandem.common.problem.ProblemException;

/** The organisations taking part in a partnership or board besides its owner. */
@Published
public final class ParticipantOrganisations {
    public static final String FIELD = "participantOrganisationIds";

    private ParticipantOrganisations() {}

    /** @return the requested organisations less the owner; 400 when any is not registered */
    public static Set<UUID> checked(Set<UUID> requested, UUID owner) {
        Set<UUID> organisations = requested == null ? new HashSet<>() : new HashSet<>(requested);
        organisations.remove(owner);
        if (!organisations.isEmpty() && Organisation.count("id in ?1", organisations) != organisations.size()) {
            throw ProblemException.invalid(FIELD, "must all be registered organisations");
        }
        return organisations;
    }
}
