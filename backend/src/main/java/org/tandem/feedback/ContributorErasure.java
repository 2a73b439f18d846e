package org.tandem.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.tandem.common.change.Changes;
import org.tandem.person.Person;
import org.tandem.person.PersonLinks;

/**
 * A person anonymised on request is no longer recorded as having given feedback: their link is cleared, and so is a
 * bare address that is theirs, on the feedback of the partnerships their organisation runs or takes part in. The
 * entries recording it are sealed with their key (see {@link PersonLinks}); what they said stays.
 */
@ApplicationScoped
class ContributorErasure implements PersonLinks {
    private final Changes changes;

    ContributorErasure(Changes changes) {
        this.changes = changes;
    }

    @Override
    public void unlink(Person person) {
        List<Feedback> linked = person.email == null || person.email.isBlank()
                ? Feedback.list("contributorPersonId", person.id)
                : Feedback.list("contributorPersonId = ?1 or (lower(contributorEmail) = lower(?2) and partnershipId in "
                        + "(select vp.id from Partnership vp where vp.ownerOrganisationId = ?3 or ?3 member of vp.participantOrganisationIds))",
                        person.id, person.email.trim(), person.organisationId);
        for (Feedback feedback : linked) {
            changes.updating(feedback, "contributor-cleared");
            feedback.eraseContributor(person.id);
        }
    }
}
