package org.tandem.person;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.tandem.common.Published;
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
        Person person = Person.findById(personId);
        if (person == null || !person.organisationId.equals(user.organisationId())) {
            throw ProblemException.invalid(field, "is not a person in your organisation's directory");
        }
        return person;
    }

    /** Display names by id, for views that show who attended or owns an action. */
    public Map<UUID, String> namesOf(Collection<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return Person.<Person>list("id in ?1", personIds).stream()
                .collect(Collectors.toMap(p -> p.id, p -> p.displayName));
    }
}
