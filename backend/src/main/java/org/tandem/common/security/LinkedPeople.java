package org.tandem.common.security;

import java.util.Optional;
import java.util.UUID;

/**
 * The person a sign-in is linked to. Implemented by the features that link sign-ins to people (through the person
 * feature's {@code PersonAccounts}), so that the organisation scope can narrow a lay member's reading to their own
 * partnerships while security depends on no feature.
 */
public interface LinkedPeople {
    /** The person a sign-in (token subject) is linked to, if any: whose meetings, actions and notifications are "mine". */
    Optional<UUID> personOf(String subject);
}
