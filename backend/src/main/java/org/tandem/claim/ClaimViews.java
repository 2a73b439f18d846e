package org.tandem.claim;

import jakarta.enterprise.context.RequestScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tandem.common.web.LondonTime;
import org.tandem.meeting.AttendanceStatus;
import org.tandem.meeting.Meeting;
import org.tandem.partnership.Partnership;
import org.tandem.person.PersonDirectory;
import org.tandem.reimbursement.ReimbursementPolicy;

/** Builds claim views for the caller, loading what a page of claims refers to in a few queries. */
@RequestScoped
public class ClaimViews {
    private final ClaimAccess access;
    private final PersonDirectory people;

    ClaimViews(ClaimAccess access, PersonDirectory people) {
        this.access = access;
        this.people = people;
    }

    ClaimView detail(Claim c) {
        Refs refs = refs(List.of(c));
        ReimbursementPolicy policy = refs.policies.get(c.policyId);
        AttendanceStatus attendance = refs.meetings.get(c.meetingId).attendanceOf(c.claimantPersonId)
                .map(a -> a.status).orElse(null);
        return new ClaimView(refs.summary(c), c.policyId, c.declineInvolvementPayment, c.notes,
                c.lines.stream().map(l -> ClaimLineView.of(l, policy)).toList(), c.lateReason, attendance,
                c.decidedByName, c.rejectionReason, c.budgetOverrideReason, c.paymentReference, c.createdByName,
                c.history.stream().map(TransitionView::of).toList(), allowedActions(c),
                LondonTime.of(c.createdAt), LondonTime.of(c.updatedAt));
    }

    /** Summaries of a page of claims, by claim. */
    Function<Claim, ClaimSummary> summaries(List<Claim> claims) {
        Refs refs = refs(claims);
        return refs::summary;
    }

    /**
     * The actions the transition table allows from the claim's status that this caller may take: claimants (members,
     * their own), staff and admins edit, discard, submit and withdraw; finance decide on claims not their own and mark
     * approved ones paid. Anyone else (who sees no claims in any case) may take none.
     */
    private List<ClaimAction> allowedActions(Claim c) {
        return ClaimAction.allowedFrom(c.status, action -> mayTake(action, c));
    }

    private boolean mayTake(ClaimAction action, Claim c) {
        return switch (action) {
            case EDIT, DELETE, SUBMIT, WITHDRAW -> access.writesClaims();
            case APPROVE, REJECT -> access.isFinance() && !access.isSelf(c);
            case MARK_PAID -> access.isFinance();
        };
    }

    private Refs refs(List<Claim> claims) {
        if (claims.isEmpty()) {
            return new Refs(Map.of(), Map.of(), Map.of(), Map.of());
        }
        return new Refs(
                byId(Meeting.<Meeting>list("id in ?1", ids(claims, c -> c.meetingId)), m -> m.id),
                byId(Partnership.<Partnership>list("id in ?1", ids(claims, c -> c.partnershipId)), p -> p.id),
                byId(ReimbursementPolicy.<ReimbursementPolicy>list("id in ?1", ids(claims, c -> c.policyId)), p -> p.id),
                people.namesOf(ids(claims, c -> c.claimantPersonId)));
    }

    private static Collection<UUID> ids(List<Claim> claims, Function<Claim, UUID> id) {
        return claims.stream().map(id).collect(Collectors.toSet());
    }

    private static <T> Map<UUID, T> byId(List<T> rows, Function<T, UUID> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private record Refs(Map<UUID, Meeting> meetings, Map<UUID, Partnership> partnerships,
            Map<UUID, ReimbursementPolicy> policies, Map<UUID, String> names) {

        ClaimSummary summary(Claim c) {
            Meeting meeting = meetings.get(c.meetingId);
            LocalDate date = LondonTime.dateOf(meeting.startsAt);
            LocalDate deadline = policies.get(c.policyId).deadlineFor(date);
            boolean late = c.lateReason != null || (c.status == ClaimStatus.DRAFT && LondonTime.today().isAfter(deadline));
            return new ClaimSummary(c.id, c.reference(), c.status, c.claimantPersonId, names.get(c.claimantPersonId),
                    new ClaimMeeting(meeting.id, meeting.title, date, c.partnershipId, partnerships.get(c.partnershipId).name),
                    ClaimTotals.of(c), deadline, late, LondonTime.of(c.submittedAt), LondonTime.of(c.decidedAt),
                    c.paidOn, c.version);
        }
    }
}
