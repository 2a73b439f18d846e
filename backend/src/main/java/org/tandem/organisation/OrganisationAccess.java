package org.tandem.organisation;

import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.CurrentUser;

/**
 * Who may change which organisation's record: the directory is read by everyone signed in, an organisation's
 * admins edit their own record only, and platform administrators register and edit any.
 */
@RequestScoped
class OrganisationAccess {
    private final CurrentUser user;

    OrganisationAccess(CurrentUser user) {
        this.user = user;
    }

    Organisation visible(UUID id) {
        return Organisation.<Organisation>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Organisation " + id));
    }

    /** @throws ProblemException 404 when absent, 403 when it is another organisation and the caller is not a platform admin */
    Organisation editable(UUID id) {
        Organisation organisation = visible(id);
        if (!user.isPlatformAdmin() && !organisation.id.equals(user.organisationId())) {
            throw ProblemException.forbidden("You can change only your own organisation's record; "
                    + "a platform administrator changes other organisations.");
        }
        return organisation;
    }
}
