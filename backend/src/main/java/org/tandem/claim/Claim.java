package org.tandem.claim;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.tandem.common.persistence.TimestampedEntity;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.web.LondonTime;

/**
 * A person's claim for one meeting, under the reimbursement policy in force on the meeting's date. It guards its
 * own lifecycle: each intention method refuses a transition its status does not allow (409) and records the
 * transition with who made it and why. Lines change only while it is a draft; each change moves its version.
 */
@Entity
@BatchSize(size = 50)
public class Claim extends TimestampedEntity {
    @Column(nullable = false, updatable = false)
    public long number;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    public UUID organisationId;

    @Column(name = "claimant_person_id", nullable = false, updatable = false)
    public UUID claimantPersonId;

    @Column(name = "meeting_id", nullable = false, updatable = false)
    public UUID meetingId;

    @Column(name = "partnership_id", nullable = false, updatable = false)
    public UUID partnershipId;

    @Column(name = "policy_id", nullable = false, updatable = false)
    public UUID policyId;

    @Enumerated(EnumType.STRING)
    public ClaimStatus status = ClaimStatus.DRAFT;

    /** Some people must not be paid for their time (it could affect their benefits); they still claim expenses. */
    @Column(name = "decline_involvement_payment")
    public boolean declineInvolvementPayment;

    public String notes;

    @Column(name = "created_by_subject", nullable = false, updatable = false)
    public String createdBySubject;
    @Column(name = "created_by_name", updatable = false)
    public String createdByName;

    @Column(name = "submitted_at")
    public Instant submittedAt;
    /** Set when the claim was submitted after its deadline: why it was accepted all the same. */
    @Column(name = "late_reason")
    public String lateReason;

    @Column(name = "decided_at")
    public Instant decidedAt;
    @Column(name = "decided_by_name")
    public String decidedByName;
    @Column(name = "rejection_reason")
    public String rejectionReason;
    /** Set when the approval went over the partnership's budget: why. */
    @Column(name = "budget_override_reason")
    public String budgetOverrideReason;

    @Column(name = "paid_on")
    public LocalDate paidOn;
    @Column(name = "payment_reference")
    public String paymentReference;

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @BatchSize(size = 50)
    public List<ClaimLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "claim", cascade = CascadeType.ALL)
    @OrderBy("at, id")
    public List<ClaimTransition> history = new ArrayList<>();

    /** A new draft, its creation recorded as the first transition. */
    static Claim draft(Actor creator, Instant at) {
        Claim claim = new Claim();
        claim.number = ((Number) getEntityManager().createNativeQuery("select nextval('claim_number_seq')")
                .getSingleResult()).longValue();
        claim.createdBySubject = creator.subject();
        claim.createdByName = creator.name();
        claim.record(null, ClaimStatus.DRAFT, creator, at, null);
        return claim;
    }

    /** What people quote to finance: C000042. */
    public String reference() {
        return String.format("C%06d", number);
    }

    /** @throws ProblemException 409 unless the claim is still a draft */
    public void requireDraft() {
        if (status != ClaimStatus.DRAFT) {
            throw ProblemException.transitionNotAllowed("The claim is " + status + ": only a draft can be changed.");
        }
    }

    public ClaimLine addLine(ClaimLine line) {
        requireDraft();
        line.claim = this;
        line.position = lines.stream().mapToInt(l -> l.position).max().orElse(0) + 1;
        lines.add(line);
        touch();
        return line;
    }

    public void removeLine(ClaimLine line) {
        requireDraft();
        lines.remove(line);
        touch();
    }

    public Optional<ClaimLine> line(UUID lineId) {
        return lines.stream().filter(l -> l.id.equals(lineId)).findFirst();
    }

    public Optional<ClaimLine> involvementPayment() {
        return lines.stream().filter(ClaimLine::isInvolvementPayment).findFirst();
    }

    /** A change to the claim's lines or receipts is a change to the claim: its version moves. */
    void touch() {
        updatedAt = Instant.now();
    }

    public long involvementPence() {
        return lines.stream().filter(ClaimLine::isInvolvementPayment).mapToLong(l -> l.amountPence).sum();
    }

    public long expensesPence() {
        return lines.stream().filter(l -> !l.isInvolvementPayment()).mapToLong(l -> l.amountPence).sum();
    }

    public long totalPence() {
        return involvementPence() + expensesPence();
    }

    /** @param lateReason why a claim past its deadline is accepted; null when it is on time */
    void submit(Actor by, Instant at, String lateReason) {
        move(ClaimStatus.DRAFT, ClaimStatus.SUBMITTED, "submitted", by, at, lateReason);
        submittedAt = at;
        this.lateReason = lateReason;
    }

    void withdraw(Actor by, Instant at, String reason) {
        move(ClaimStatus.SUBMITTED, ClaimStatus.WITHDRAWN, "withdrawn", by, at, reason);
    }

    /** @param overrideReason why it is approved over budget; null when within budget */
    void approve(Actor by, Instant at, String overrideReason) {
        move(ClaimStatus.SUBMITTED, ClaimStatus.APPROVED, "approved", by, at,
                overrideReason == null ? null : "Over budget: " + overrideReason);
        decidedAt = at;
        decidedByName = by.name();
        budgetOverrideReason = overrideReason;
    }

    void reject(Actor by, Instant at, String reason) {
        move(ClaimStatus.SUBMITTED, ClaimStatus.REJECTED, "rejected", by, at, reason);
        decidedAt = at;
        decidedByName = by.name();
        rejectionReason = reason;
    }

    /** @throws ProblemException 400 on paidOn when it is before the approval or after today */
    void markPaid(Actor by, Instant at, LocalDate paidOn, String reference) {
        requireStatus(ClaimStatus.APPROVED, "marked paid");
        if (paidOn.isBefore(LondonTime.dateOf(decidedAt)) || paidOn.isAfter(LondonTime.dateOf(at))) {
            throw ProblemException.invalid("paidOn", "must be between the approval (" + LondonTime.dateOf(decidedAt)
                    + ") and today");
        }
        move(ClaimStatus.APPROVED, ClaimStatus.PAID, "marked paid", by, at, "Payment reference " + reference);
        this.paidOn = paidOn;
        paymentReference = reference;
    }

    /** Checked before anything else about a transition, so that an illegal transition is always a 409. */
    void requireStatus(ClaimStatus from, String transition) {
        if (status != from) {
            throw ProblemException.transitionNotAllowed("The claim is " + status + ", so it cannot be " + transition + ".");
        }
    }

    private void move(ClaimStatus from, ClaimStatus to, String transition, Actor by, Instant at, String reason) {
        requireStatus(from, transition);
        record(status, to, by, at, reason);
        status = to;
    }

    private void record(ClaimStatus from, ClaimStatus to, Actor by, Instant at, String reason) {
        ClaimTransition transition = new ClaimTransition();
        transition.claim = this;
        transition.fromStatus = from;
        transition.toStatus = to;
        transition.actorSubject = by.subject();
        transition.actorName = by.name();
        transition.at = at;
        transition.reason = reason;
        history.add(transition);
    }
}
