package org.tandem.claim;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import org.tandem.common.persistence.Filter;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.security.CurrentUser;
import org.tandem.common.security.Roles;

/**
 * Who may see which claims. A claim belongs to the organisation that runs the partnership and holds the claimant's
 * record; its staff, admins and finance see all of that organisation's claims; a member sees only the claims of the
 * person their sign-in is linked to ({@link ClaimantAccount}). Any other claim is "not found".
 */
@RequestScoped
public class ClaimAccess {
    private final CurrentUser user;
    private Optional<ClaimantAccount> account;

    ClaimAccess(CurrentUser user) {
        this.user = user;
    }

    Actor actor() {
        return new Actor(user.subject(), user.displayName());
    }

    UUID organisationId() {
        return user.organisationId();
    }

    boolean isFinance() {
        return user.hasRole(Roles.FINANCE);
    }

    /** Members who are not also staff, admins or finance work with their own claims only. */
    boolean ownClaimsOnly() {
        return user.hasRole(Roles.MEMBER) && !user.canManage() && !isFinance();
    }

    /** May create, change, submit and withdraw claims: members (their own), staff and admins. */
    boolean writesClaims() {
        return user.hasRole(Roles.MEMBER) || user.canManage();
    }

    /** The caller's link to a person of their organisation, if staff made one. */
    Optional<ClaimantAccount> account() {
        if (account == null) {
            account = ClaimantAccount.ofSubject(user.subject())
                    .filter(a -> a.organisationId.equals(user.organisationId()));
        }
        return account;
    }

    Optional<UUID> ownPersonId() {
        return account().map(a -> a.personId);
    }

    /** @throws ProblemException 403 when the caller's sign-in is not linked to a person */
    UUID requireOwnPersonId() {
        return ownPersonId().orElseThrow(() -> ProblemException.forbidden(
                "Your sign-in is not linked to a person in your organisation's directory yet: ask staff to link it "
                        + "(they need the userSubject from GET /api/v1/claimants/me)."));
    }

    boolean isOwn(Claim claim) {
        return ownPersonId().map(claim.claimantPersonId::equals).orElse(false);
    }

    /** Segregation of duties: nobody decides on a claim they made or that is for themselves. */
    boolean isSelf(Claim claim) {
        return claim.createdBySubject.equals(user.subject()) || isOwn(claim);
    }

    /** @throws ProblemException 403 when the claim was made by the caller or is for them */
    void requireNotSelf(Claim claim) {
        if (isSelf(claim)) {
            throw ProblemException.forbidden("You made this claim or it is for you: someone else in finance must decide on it.");
        }
    }

    /** @throws ProblemException 404 unless the caller may see the claim */
    Claim visible(UUID id) {
        return checked(Claim.findById(id), id);
    }

    /** As {@link #visible}, locking the claim until the transaction ends, so that changes to its lines queue up. */
    Claim locked(UUID id) {
        return checked(Claim.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
    }

    /** A where-clause for the claims the caller may see ({@code alias} names the claim). */
    Filter visibleClaims(String alias) {
        Filter filter = Filter.where(alias + ".organisationId = :organisation").bind("organisation", user.organisationId());
        if (ownClaimsOnly()) {
            Optional<UUID> own = ownPersonId();
            return own.isEmpty() ? filter.and("1 = 0")
                    : filter.and(alias + ".claimantPersonId = :own").bind("own", own.get());
        }
        return filter;
    }

    private Claim checked(Claim claim, UUID id) {
        if (claim == null || !claim.organisationId.equals(user.organisationId()) || (ownClaimsOnly() && !isOwn(claim))) {
            throw ProblemException.notFound("Claim " + id);
        }
        return claim;
    }
}
