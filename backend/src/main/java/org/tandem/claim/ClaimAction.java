package org.tandem.claim;

import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * What may be done to a claim, and the claim's transition table: each action is allowed from one status and leads
 * to one (EDIT keeps a draft a draft; DELETE discards it). {@link Claim}'s intention methods refuse an action its
 * status is not listed for ({@code transition-not-allowed}), and {@link ClaimViews} offers the caller exactly the
 * actions the table allows now that the caller's role may take, so a client offers only those.
 */
public enum ClaimAction {
    EDIT(ClaimStatus.DRAFT, ClaimStatus.DRAFT, "changed"),
    DELETE(ClaimStatus.DRAFT, null, "discarded"),
    SUBMIT(ClaimStatus.DRAFT, ClaimStatus.SUBMITTED, "submitted"),
    WITHDRAW(ClaimStatus.SUBMITTED, ClaimStatus.WITHDRAWN, "withdrawn"),
    APPROVE(ClaimStatus.SUBMITTED, ClaimStatus.APPROVED, "approved"),
    REJECT(ClaimStatus.SUBMITTED, ClaimStatus.REJECTED, "rejected"),
    MARK_PAID(ClaimStatus.APPROVED, ClaimStatus.PAID, "marked paid");

    private final ClaimStatus from;
    private final ClaimStatus to;
    private final String done;

    ClaimAction(ClaimStatus from, ClaimStatus to, String done) {
        this.from = from;
        this.to = to;
        this.done = done;
    }

    /** The status the claim is in after the action; null for DELETE, after which there is no claim. */
    ClaimStatus to() {
        return to;
    }

    /** In words, for problems ("cannot be marked paid"). */
    String done() {
        return done;
    }

    /** The name of the action in the audit trail and the event type ({@code claim.marked-paid}). */
    String auditAction() {
        return done.replace(' ', '-');
    }

    boolean allowedFrom(ClaimStatus status) {
        return from == status;
    }

    /** The actions the table allows from {@code status}, in this enum's order. */
    static List<ClaimAction> allowedFrom(ClaimStatus status, Predicate<ClaimAction> mayTake) {
        return Arrays.stream(values()).filter(a -> a.allowedFrom(status) && mayTake.test(a)).toList();
    }
}
