package org.tandem.person;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.tandem.common.Published;
import org.tandem.common.persistence.Filter;
import org.tandem.common.persistence.NamesById;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.CurrentUser;

/** How other features reach people: by id, within the caller's organisation. */
@Published
@RequestScoped
public class PersonDirectory {
    private final CurrentUser user;

    PersonDirectory(CurrentUser user) {
        this.user = user;
    }

    /** @throws ProblemException 400 naming {@code field} when the person is not in the caller's organisation */
    public Person requireUsable(UUID personId, String field) {
        return inOwnDirectory(personId)
                .orElseThrow(() -> ProblemException.invalid(field, "is not a person in your organisation's directory"));
    }

    /** True when the caller may name this person: one of their organisation's directory, not anonymised. */
    public boolean canName(UUID personId) {
        return inOwnDirectory(personId).filter(p -> p.anonymisedAt == null).isPresent();
    }

    /** The one scoping rule of the directory: a person is reached only by their own organisation. */
    Optional<Person> inOwnDirectory(UUID personId) {
        return Person.<Person>find("id = ?1 and organisationId = ?2", personId, user.organisationId()).firstResultOptional();
    }

    /** A where-clause for the caller's own directory. */
    Filter ownDirectory() {
        return Filter.where("organisationId = :organisation").bind("organisation", user.organisationId());
    }

    /** Display names by id, for views that show who attended or owns an action. */
    public Map<UUID, String> namesOf(Collection<UUID> personIds) {
        return NamesById.read(Person.class, "person", "display_name", personIds);
    }
}
