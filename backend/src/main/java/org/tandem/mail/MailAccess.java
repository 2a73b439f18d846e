package org.tandem.mail;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.tandem.common.persistence.Filter;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.CurrentUser;
import org.tandem.common.security.Roles;

/**
 * Who reads which mail, the one place that decides it: an organisation's admins read (and retry) the mail sent to its
 * people, never another organisation's, which is not found, as if it did not exist. Only admins: a mail names its
 * recipient and says what they were sent.
 */
@RequestScoped
public class MailAccess {
    private final CurrentUser user;

    MailAccess(CurrentUser user) {
        this.user = user;
    }

    /** The mail (alias {@code m}) the caller may read. */
    Filter readable() {
        if (!user.hasRole(Roles.ADMIN) || user.organisationId() == null) {
            throw ProblemException.forbidden("Only admins of an organisation read the mail sent to its people.");
        }
        return Filter.where("array_contains(m.organisationIds, :organisationId)").bind("organisationId", user.organisationId());
    }

    /** @throws ProblemException 404 when absent or another organisation's */
    MailMessage find(UUID id) {
        Filter readable = readable().and("m.id = :id").bind("id", id);
        return MailMessage.<MailMessage>find("from MailMessage m where " + readable.query(), readable.parameters())
                .firstResultOptional().orElseThrow(() -> ProblemException.notFound("Mail " + id));
    }
}
