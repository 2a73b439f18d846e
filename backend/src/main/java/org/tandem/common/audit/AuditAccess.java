package org.tandem.common.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.tandem.common.persistence.Filter;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.CurrentUser;
import org.tandem.common.security.Roles;

/**
 * Who reads which part of the trail, the one place that decides it. Only people of the organisation holding a record
 * read its entries, never another organisation's: admins read their organisation's whole trail; staff the history
 * of what they can change (all but money settings, the organisation itself and its exports); finance the history of claims,
 * budgets and reimbursement policies. These readers may all see the personal data the records hold, so entries
 * are shown to them whole.
 */
@RequestScoped
public class AuditAccess {
    static final Set<String> MONEY = Set.of("claim", "claim-line", "claim-receipt", "claimant-account", "budget",
            "reimbursement-policy");
    /** Exports ({@code export} entries: who downloaded which data) are the admins' to oversee. */
    private static final Set<String> NOT_FOR_STAFF = Set.of("budget", "reimbursement-policy", "organisation", "export");

    private final CurrentUser user;

    AuditAccess(CurrentUser user) {
        this.user = user;
    }

    /** The entries (alias {@code e}) the caller may read. */
    Filter readable() {
        Filter filter = Filter.where("e.organisationId = :organisationId").bind("organisationId", user.organisationId());
        if (user.hasRole(Roles.ADMIN)) {
            return filter;
        }
        if (user.hasRole(Roles.STAFF)) {
            return filter.and("e.entityType not in :notForStaff").bind("notForStaff", NOT_FOR_STAFF);
        }
        if (user.hasRole(Roles.FINANCE)) {
            return filter.and("e.entityType in :money").bind("money", MONEY);
        }
        throw ProblemException.forbidden("Only admins, staff and finance of the organisation read its history.");
    }
}
