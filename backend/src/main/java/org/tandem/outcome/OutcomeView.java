package org.tandem.outcome;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.LondonTime;

@Schema(name = "Outcome")
public record OutcomeView(UUID id, UUID partnershipId, String youSaid, @Schema(nullable = true) String weDid, Set<UUID> themeIds, Set<UUID> feedbackIds,
        @Schema(nullable = true) UUID decisionId,
        @Schema(description = "The meeting of the decision that made it, when there is one: open the meeting to read the decision", nullable = true) DecisionMeeting decisionMeeting,
        @Schema(nullable = true) UUID responsibleOrganisationId,
        @Schema(nullable = true, description = "The responsible organisation's name, when it is not registered") String responsibleOrganisationName,
        @Schema(nullable = true) UUID responsibleBoardId, OutcomeStatus status, @Schema(nullable = true) String statusReason,
        @Schema(nullable = true) LocalDate dueOn, @Schema(nullable = true) LocalDate completedOn, boolean published, @Schema(nullable = true) OffsetDateTime publishedAt, List<Change> history,
        OffsetDateTime createdAt, long version,
        @Schema(description = "What you may do to it now: EDIT and CHANGE_STATUS for staff and admins of the organisation "
                + "owning the partnership; empty for everyone else") List<OutcomeAction> allowedActions,
        @Schema(description = "The statuses you may move it to now (POST /api/v1/outcomes/{id}/status); empty when you "
                + "may not change its status") List<OutcomeStatus> allowedStatuses) {

    @Schema(name = "OutcomeDecisionMeeting")
    public record DecisionMeeting(UUID meetingId, String title, LocalDate date) {}

    @Schema(name = "OutcomeStatusChange")
    public record Change(@Schema(nullable = true) OutcomeStatus from, OutcomeStatus to, @Schema(nullable = true) String reason,
            @Schema(description = "Who changed it; absent for readers who may not see names (analysts, partners)", nullable = true) String changedBy,
            OffsetDateTime changedAt) {}

    /**
     * @param namesPeople false for readers who may not see names: then nobody is named in the history
     * @param manages true when the caller changes this outcome (staff or admin of the partnership's owner)
     */
    static OutcomeView of(Outcome o, DecisionMeeting decisionMeeting, List<OutcomeStatusChange> history, boolean namesPeople,
            boolean manages) {
        List<OutcomeStatus> next = manages ? o.status.next().stream().sorted().toList() : List.of();
        List<OutcomeAction> actions = !manages ? List.of()
                : next.isEmpty() ? List.of(OutcomeAction.EDIT) : List.of(OutcomeAction.EDIT, OutcomeAction.CHANGE_STATUS);
        return new OutcomeView(o.id, o.partnershipId, o.youSaid, o.weDid, Set.copyOf(o.themeIds), Set.copyOf(o.feedbackIds),
                o.decisionId, decisionMeeting, o.responsibleOrganisationId, o.responsibleOrganisationName, o.responsibleBoardId, o.status, o.statusReason, o.dueOn, o.completedOn,
                o.published, LondonTime.of(o.publishedAt),
                history.stream().map(c -> new Change(c.fromStatus, c.toStatus, c.reason,
                        namesPeople ? c.changedBy : null, LondonTime.of(c.changedAt))).toList(),
                LondonTime.of(o.createdAt), o.version, actions, next);
    }
}
