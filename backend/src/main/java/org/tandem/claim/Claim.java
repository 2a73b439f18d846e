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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.change.Audited;
import org.tandem.common.persistence.TimestampedEntity;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.web.LondonTime;

/**
 * A person's claim for one meeting, under the reimbursement policy in force on the meeting's date. It guards its
 * own lifecycle with the table in {@link ClaimAction}: each intention method refuses an action its status does not
 * allow (409 transition-not-allowed) and records the transition with who made it and why. Lines change only while
 * it is a draft; each change moves its version.
 */
@Entity
public class Claim extends TimestampedEntity implements Audited {
    /**
     * What the claim says about its claimant: their own words and the reasons given about them, who made and decided
     * it (names and sign-ins), whether they decline payment for their time (which tells of their benefits) and the
     * payment reference (which banks often make from the payee's name). Amounts, statuses, dates and ids are not.
     */
    private static final Set<String> PERSONAL = Set.of("declineInvolvementPayment", "notes", "createdBySubject",
            "createdByName", "lateReason", "decidedByName", "rejectionReason", "budgetOverrideReason", "paymentReference");

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
        return ClaimReference.of(number);
    }

    @Override
    public String auditType() {
        return "claim";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    /** The organisation running the partnership, which holds the claim and pays it. */
    @Override
    public UUID auditOrganisationId() {
        return organisationId;
    }

    @Override
    public AuditRef auditBody() {
        return new AuditRef("partnership", partnershipId);
    }

    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("number", number);
        state.put("claimantPersonId", claimantPersonId);
        state.put("meetingId", meetingId);
        state.put("partnershipId", partnershipId);
        state.put("policyId", policyId);
        state.put("status", status);
        state.put("declineInvolvementPayment", declineInvolvementPayment);
        state.put("notes", notes);
        state.put("createdBySubject", createdBySubject);
        state.put("createdByName", createdByName);
        state.put("submittedAt", submittedAt);
        state.put("lateReason", lateReason);
        state.put("decidedAt", decidedAt);
        state.put("decidedByName", decidedByName);
        state.put("rejectionReason", rejectionReason);
        state.put("budgetOverrideReason", budgetOverrideReason);
        state.put("paidOn", paidOn);
        state.put("paymentReference", paymentReference);
        return state;
    }

    @Override
    public Set<String> personalFields() {
        return PERSONAL;
    }

    @Override
    public UUID personalDataSubject() {
        return claimantPersonId;
    }

    /** @throws ProblemException 409 transition-not-allowed unless the claim is still a draft */
    public void requireDraft() {
        require(ClaimAction.EDIT);
    }

    /** Whether the transition table allows {@code action} from the claim's status. */
    boolean allows(ClaimAction action) {
        return action.allowedFrom(status);
    }

    /**
     * Checked before anything else about an action, so that one the table does not allow from the claim's status is
     * always a 409 transition-not-allowed, whatever else is wrong with the request.
     */
    void require(ClaimAction action) {
        if (!allows(action)) {
            throw ProblemException.transitionNotAllowed("The claim is " + status + ", so it cannot be " + action.done()
                    + (action == ClaimAction.EDIT || action == ClaimAction.DELETE ? ": only a draft can be." : "."));
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
        move(ClaimAction.SUBMIT, by, at, lateReason);
        submittedAt = at;
        this.lateReason = lateReason;
    }

    void withdraw(Actor by, Instant at, String reason) {
        move(ClaimAction.WITHDRAW, by, at, reason);
    }

    /** @param overrideReason why it is approved over budget; null when within budget */
    void approve(Actor by, Instant at, String overrideReason) {
        move(ClaimAction.APPROVE, by, at, overrideReason == null ? null : "Over budget: " + overrideReason);
        decidedAt = at;
        decidedByName = by.name();
        budgetOverrideReason = overrideReason;
    }

    void reject(Actor by, Instant at, String reason) {
        move(ClaimAction.REJECT, by, at, reason);
        decidedAt = at;
        decidedByName = by.name();
        rejectionReason = reason;
    }

    /** @throws ProblemException 400 on paidOn when it is before the approval or after today */
    void markPaid(Actor by, Instant at, LocalDate paidOn, String reference) {
        require(ClaimAction.MARK_PAID);
        if (paidOn.isBefore(LondonTime.dateOf(decidedAt)) || paidOn.isAfter(LondonTime.dateOf(at))) {
            throw ProblemException.invalid("paidOn", "must be between the approval (" + LondonTime.dateOf(decidedAt)
                    + ") and today");
        }
        move(ClaimAction.MARK_PAID, by, at, "Payment reference " + reference);
        this.paidOn = paidOn;
        paymentReference = reference;
    }

    private void move(ClaimAction action, Actor by, Instant at, String reason) {
        require(action);
        record(status, action.to(), by, at, reason);
        status = action.to();
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
