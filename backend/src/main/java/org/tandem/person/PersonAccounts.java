package org.tandem.person;

import java.util.List;
import java.util.UUID;
import org.tandem.common.Published;
import org.tandem.common.security.LinkedPeople;

/**
 * The sign-ins (token subjects) through which a person acts, so that anonymising them also renames them in the audit
 * trail. Implemented by the features that link sign-ins to people (the claim feature's claimant accounts), so that
 * people depend on none of them.
 */
@Published
public interface PersonAccounts extends LinkedPeople {
    List<String> subjectsOf(UUID personId);
}
