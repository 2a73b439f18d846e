package org.tandem.common.security;

import java.util.Optional;
import java.util.UUID;

/**
 * Resolves the organisation code that tokens carry to the organisation's id. Implemented by the organisation
 * feature, so that security depends on no feature.
 */
public interface OrganisationCodes {
    Optional<UUID> idOf(String code);
}
