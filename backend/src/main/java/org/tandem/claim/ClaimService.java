package org.tandem.claim;

import jakarta.enterprise.context.RequestScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.tandem.budget.BudgetGuard;
import org.tandem.common.change.Changes;
import org.tandem.common.persistence.Constraints;
import org.tandem.common.problem.Problem;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.problem.ProblemType;
import org.tandem.common.security.OrganisationScope;
import org.tandem.common.web.LondonTime;
import org.tandem.meeting.HeldMeeting;
import org.tandem.meeting.Meeting;
import org.tandem.meeting.MeetingAccess;
import org.tandem.person.Person;
import org.tandem.person.PersonDirectory;
import org.tandem.reimbursement.Money;
import org.tandem.reimbursement.ReimbursementPolicy;

/** The rules of claims that reach beyond one claim: who may claim for whom, policies, deadlines, receipts, budgets. */
@RequestScoped
public class ClaimService {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final String UNDECIDED = "Add the involvement payment or say that you do not want it";

    private final ClaimAccess access;
    private final MeetingAccess meetings;
    private final OrganisationScope scope;
    private final PersonDirectory people;
    private final BudgetGuard budgets;
    private final Changes changes;

    ClaimService(ClaimAccess access, MeetingAccess meetings, OrganisationScope scope, PersonDirectory people,
            BudgetGuard budgets, Changes changes) {
        this.access = access;
        this.meetings = meetings;
        this.scope = scope;
        this.people = people;
        this.budgets = budgets;
        this.changes = changes;
    }

    Claim create(ClaimRequest body) {
        UUID claimant = claimant(body.claimantPersonId());
        Meeting meeting = meetingToClaimFor(body.meetingId());
        LocalDate date = LondonTime.dateOf(meeting.startsAt);
        ReimbursementPolicy policy = ReimbursementPolicy.inForce(meeting.partnershipId, date)
                .orElseThrow(() -> ProblemException.businessRule("The partnership has no reimbursement policy in force on "
                        + date + ": an admin needs to add one before claims can be made."));
        String liveClaimTaken = "There is a claim for this person and meeting already: change that one, or withdraw it first.";
        if (Claim.count("claimantPersonId = ?1 and meetingId = ?2 and status not in ?3", claimant, meeting.id,
                List.of(ClaimStatus.WITHDRAWN, ClaimStatus.REJECTED)) > 0) {
            throw ProblemException.businessRule(liveClaimTaken);
        }
        Claim claim = Claim.draft(access.actor(), Instant.now());
        claim.organisationId = scope.organisationId();
        claim.claimantPersonId = claimant;
        claim.meetingId = meeting.id;
        claim.partnershipId = meeting.partnershipId;
        claim.policyId = policy.id;
        claim.declineInvolvementPayment = Boolean.TRUE.equals(body.declineInvolvementPayment());
        claim.notes = LinePricing.trimmed(body.notes());
        List<ClaimLineRequest> lines = body.lines() != null ? body.lines()
                : claim.declineInvolvementPayment ? List.of()
                : InvolvementDefault.forMeeting(meeting, policy).stream().toList();
        for (int i = 0; i < lines.size(); i++) {
            ClaimLine line = new ClaimLine();
            LinePricing.apply(lines.get(i), line, claim, policy, "lines[" + i + "].");
            claim.addLine(line);
        }
        claim.persist();
        // The claim and each line it starts with are records of their own in the trail.
        changes.created(claim);
        claim.lines.forEach(changes::created);
        Constraints.flushUnique("claim_one_live_per_meeting_uq", liveClaimTaken);
        return claim;
    }

    void update(Claim claim, ClaimUpdateRequest body) {
        claim.requireDraft();
        boolean decline = Boolean.TRUE.equals(body.declineInvolvementPayment());
        // Declining is the explicit choice not to be paid for one's time: the involvement payment line goes.
        if (decline) {
            claim.involvementPayment().ifPresent(line -> {
                changes.deleting(line);
                claim.removeLine(line);
            });
        }
        claim.declineInvolvementPayment = decline;
        claim.notes = LinePricing.trimmed(body.notes());
    }

    ClaimLine addLine(Claim claim, ClaimLineRequest body) {
        claim.requireDraft();
        ClaimLine line = new ClaimLine();
        LinePricing.apply(body, line, claim, policyOf(claim), "");
        return claim.addLine(line);
    }

    void changeLine(Claim claim, ClaimLine line, ClaimLineRequest body) {
        claim.requireDraft();
        LinePricing.apply(body, line, claim, policyOf(claim), "");
        claim.touch();
    }

    /**
     * A claim is submitted after its meeting, with a line at least, with a receipt for every expense above the
     * policy's threshold, and by its deadline unless staff accept it late with a reason.
     */
    void submit(Claim claim, String lateReason) {
        claim.require(ClaimAction.SUBMIT);
        ReimbursementPolicy policy = policyOf(claim);
        LocalDate meetingDate = LondonTime.dateOf(Meeting.<Meeting>findById(claim.meetingId).startsAt);
        LocalDate today = LondonTime.today();
        if (claim.lines.isEmpty()) {
            throw ProblemException.businessRule("The claim has no lines: add what is claimed before submitting it.");
        }
        if (meetingDate.isAfter(today)) {
            throw ProblemException.businessRule("The meeting is on " + meetingDate + ": submit the claim after it.");
        }
        if (claim.involvementPayment().isEmpty() && !claim.declineInvolvementPayment) {
            throw new ProblemException(ProblemType.INVOLVEMENT_PAYMENT_UNDECIDED, UNDECIDED,
                    List.of(new Problem.FieldError("declineInvolvementPayment", UNDECIDED)));
        }
        FieldErrors receipts = new FieldErrors("");
        for (int i = 0; i < claim.lines.size(); i++) {
            ClaimLine line = claim.lines.get(i);
            receipts.require(!ClaimLineView.needsReceipt(line, policy) || !line.receipts.isEmpty(), "lines[" + i + "].receipts",
                    "Add a receipt for the " + line.category.layName() + " on " + DAY.format(meetingDate)
                            + " – receipts are needed for expenses over " + Money.pounds(policy.receiptThresholdPence));
        }
        receipts.throwIfAny(ProblemType.RECEIPTS_MISSING);
        LocalDate deadline = policy.deadlineFor(meetingDate);
        boolean late = today.isAfter(deadline);
        String reason = LinePricing.trimmed(lateReason);
        if (late && reason == null) {
            throw new ProblemException(ProblemType.LATE_CLAIM, "Claims for this meeting were due by "
                    + deadline + ". Staff can still submit it, giving a lateReason.", List.of());
        }
        if (late && access.ownClaimsOnly()) {
            throw ProblemException.forbidden("Only staff can accept a claim past its deadline (" + deadline + ").");
        }
        claim.submit(access.actor(), Instant.now(), late ? reason : null);
    }

    void withdraw(Claim claim, String reason) {
        claim.withdraw(access.actor(), Instant.now(), LinePricing.trimmed(reason));
    }

    void approve(Claim claim, String budgetOverrideReason) {
        claim.require(ClaimAction.APPROVE);
        access.requireNotSelf(claim);
        LocalDate meetingDate = LondonTime.dateOf(Meeting.<Meeting>findById(claim.meetingId).startsAt);
        String reason = LinePricing.trimmed(budgetOverrideReason);
        boolean overridden = budgets.requireRoom(claim.partnershipId, meetingDate, claim.totalPence(), reason);
        claim.approve(access.actor(), Instant.now(), overridden ? reason : null);
    }

    void reject(Claim claim, String reason) {
        claim.require(ClaimAction.REJECT);
        access.requireNotSelf(claim);
        claim.reject(access.actor(), Instant.now(), reason.strip());
    }

    void markPaid(Claim claim, LocalDate paidOn, String reference) {
        claim.markPaid(access.actor(), Instant.now(), paidOn, reference.strip());
    }

    /**
     * Marks every listed claim paid, or none: the first that cannot be is named in the problem. Each claim paid is
     * one entry in the trail.
     */
    List<Claim> markPaid(BulkMarkPaidRequest body) {
        Set<UUID> seen = new HashSet<>();
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < body.claims().size(); i++) {
            BulkMarkPaidRequest.ClaimVersion item = body.claims().get(i);
            String field = "claims[" + i + "]";
            if (!seen.add(item.id())) {
                throw ProblemException.invalid(field + ".id", "is listed twice");
            }
            Claim claim;
            try {
                claim = access.visible(item.id());
            } catch (ProblemException notFound) {
                throw ProblemException.invalid(field + ".id", "is not a claim of your organisation");
            }
            try {
                if (claim.version != item.version()) {
                    throw new ProblemException(ProblemType.VERSION_CONFLICT, "it changed since you loaded it "
                            + "(version " + item.version() + ", now " + claim.version + "): reload it", List.of());
                }
                changes.updating(claim, ClaimAction.MARK_PAID.auditAction());
                markPaid(claim, body.paidOn(), body.reference());
            } catch (ProblemException e) {
                throw e.about("Claim " + claim.reference() + ": " + e.getMessage(),
                        List.of(new Problem.FieldError(field, e.getMessage())));
            }
            claims.add(claim);
        }
        return claims;
    }

    private UUID claimant(UUID requested) {
        if (access.ownClaimsOnly()) {
            UUID own = access.requireOwnPersonId();
            if (requested != null && !requested.equals(own)) {
                throw ProblemException.forbidden("Members claim for themselves only: leave claimantPersonId out.");
            }
            return requireNotAnonymised(people.requireUsable(own, "claimantPersonId")).id;
        }
        if (requested == null) {
            throw ProblemException.invalid("claimantPersonId", "is required: the person claiming");
        }
        return requireNotAnonymised(people.requireUsable(requested, "claimantPersonId")).id;
    }

    private static Person requireNotAnonymised(Person person) {
        if (person.anonymisedAt != null) {
            throw ProblemException.invalid("claimantPersonId", "was anonymised on request and can make no new claims");
        }
        return person;
    }

    /** A meeting the caller can see, of a partnership their organisation runs (which pays, from its budget). */
    private Meeting meetingToClaimFor(UUID meetingId) {
        HeldMeeting held;
        try {
            held = meetings.visible(meetingId);
        } catch (ProblemException notVisible) {
            throw ProblemException.invalid("meetingId", "is not a meeting your organisation can see");
        }
        if (held.meeting().partnershipId == null) {
            throw ProblemException.invalid("meetingId", "is a board meeting: claims are for meetings of partnerships, "
                    + "whose reimbursement policies set what is paid");
        }
        if (!scope.owns(held.holder())) {
            throw ProblemException.invalid("meetingId", "is a meeting of a partnership another organisation runs: "
                    + "that organisation pays its claims");
        }
        return held.meeting();
    }

    private static ReimbursementPolicy policyOf(Claim claim) {
        return ReimbursementPolicy.findById(claim.policyId);
    }
}
