package org.tandem.claim;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.tandem.common.Published;
import org.tandem.person.PersonAccounts;

/**
 * The sign-ins linked to a person ({@link ClaimantAccount}), for other features: anonymising a person erases these
 * actors' names from the audit trail. The person feature injects {@link PersonAccounts}, the interface this implements,
 * where depending on this feature would make a cycle (the person feature).
 */
@Published
@ApplicationScoped
public class ClaimantAccounts implements PersonAccounts {
    /** The subject of the person's current link; a person has one link at most. Empty when they have none. */
    @Override
    public List<String> subjectsOf(UUID personId) {
        return ClaimantAccount.<ClaimantAccount>findByIdOptional(personId).map(a -> List.of(a.userSubject)).orElse(List.of());
    }

    @Override
    public Optional<UUID> personOf(String subject) {
        return ClaimantAccount.ofSubject(subject).map(account -> account.personId);
    }
}
