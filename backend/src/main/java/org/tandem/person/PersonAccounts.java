package org.tandem.person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.common.Published;

/**
 * The sign-ins (token subjects) through which a person acts, so that anonymising them also renames them in the audit
 * trail. Implemented by the features that link sign-ins to people (the claim feature's claimant accounts), so that
 * people depend on none of them.
 */
@Published
public interface PersonAccounts {
    List<String> subjectsOf(UUID personId);

    /** The person a sign-in (token subject) is linked to, if any: whose meetings, actions and notifications are "mine". */
    Optional<UUID> personOf(String subject);
}
