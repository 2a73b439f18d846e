package org.tandem.export;

import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.UUID;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.CurrentUser;
import org.tandem.common.security.Roles;

/**
 * Who exports what, the one place that decides it: analysts and admins of an organisation export what their
 * organisation sees (each dataset's SQL scopes its rows to the organisation); the audit trail is for admins only.
 */
@RequestScoped
public class ExportAccess {
    private final CurrentUser user;

    ExportAccess(CurrentUser user) {
        this.user = user;
    }

    UUID organisationId() {
        return user.organisationId();
    }

    boolean mayExport(Dataset dataset) {
        return dataset.audience() == Dataset.Audience.ANALYSTS_AND_ADMINS || user.hasRole(Roles.ADMIN);
    }

    List<Dataset> exportable() {
        return Datasets.all().stream().filter(this::mayExport).toList();
    }

    /** @throws ProblemException 400 naming {@code dataset} for a name that is none, 403 for one the caller's role may not export */
    Dataset require(String name) {
        Dataset dataset = Datasets.named(name).orElseThrow(() -> ProblemException.invalid("dataset",
                "must be the name of a dataset (see GET /api/v1/exports)"));
        if (!mayExport(dataset)) {
            throw ProblemException.forbidden("Only admins export the " + dataset.title().toLowerCase() + ".");
        }
        return dataset;
    }
}
