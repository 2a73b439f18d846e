package org.tandem.outcome;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.Published;
import org.tandem.common.change.Audited;
import org.tandem.common.persistence.TimestampedEntity;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.web.LondonTime;
import org.tandem.partnership.Partnership;

/** "You said, we did": what people said, what was done or decided, and where it stands. */
@Published
@Entity
public class Outcome extends TimestampedEntity implements Audited {
    @Column(name = "partnership_id", nullable = false, updatable = false)
    public UUID partnershipId;
    @Column(name = "you_said")
    public String youSaid;
    @Column(name = "we_did")
    public String weDid;
    @Column(name = "decision_id")
    public UUID decisionId;
    @Column(name = "responsible_organisation_id")
    public UUID responsibleOrganisationId;
    /** The responsible organisation's name, when it is not registered (then responsibleOrganisationId is null). */
    @Column(name = "responsible_organisation_name")
    public String responsibleOrganisationName;
    @Column(name = "responsible_board_id")
    public UUID responsibleBoardId;
    @Enumerated(EnumType.STRING)
    public OutcomeStatus status = OutcomeStatus.UNDER_CONSIDERATION;
    @Column(name = "status_reason")
    public String statusReason;
    @Column(name = "due_on")
    public LocalDate dueOn;
    @Column(name = "completed_on")
    public LocalDate completedOn;
    public boolean published;
    @Column(name = "published_at")
    public Instant publishedAt;

    @ElementCollection
    @CollectionTable(name = "outcome_theme", joinColumns = @JoinColumn(name = "outcome_id"))
    @Column(name = "theme_id")
    public Set<UUID> themeIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "outcome_feedback", joinColumns = @JoinColumn(name = "outcome_id"))
    @Column(name = "feedback_id")
    public Set<UUID> feedbackIds = new HashSet<>();

    /** The first entry of the status history, for an outcome just persisted. */
    public OutcomeStatusChange started(String by) {
        OutcomeStatusChange first = new OutcomeStatusChange();
        first.outcomeId = id;
        first.toStatus = status;
        first.changedBy = by;
        first.changedAt = createdAt;
        return first;
    }

    /**
     * Moves to {@code to} as {@link OutcomeStatus#next()} allows, recording the change; NOT_POSSIBLE needs the reason,
     * which residents will read. Reopening a DONE outcome clears completedOn, so that DONE again dates the new end.
     */
    public OutcomeStatusChange changeStatus(OutcomeStatus to, String reason, String by) {
        if (!status.canMoveTo(to)) {
            throw ProblemException.transitionNotAllowed(to == status ? "The outcome is already " + to + "."
                    : "An outcome " + status + " cannot move to " + to + "; it may move to " + status.next() + ".");
        }
        if (to == OutcomeStatus.NOT_POSSIBLE && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason", "is required when the outcome is not possible: say why");
        }
        OutcomeStatusChange change = new OutcomeStatusChange();
        change.outcomeId = id;
        change.fromStatus = status;
        change.toStatus = to;
        change.reason = reason == null || reason.isBlank() ? null : reason.trim();
        change.changedBy = by;
        change.changedAt = Instant.now();
        if (status == OutcomeStatus.DONE) {
            completedOn = null;
        }
        status = to;
        statusReason = change.reason;
        if (to == OutcomeStatus.DONE && completedOn == null) {
            completedOn = LondonTime.today();
        }
        return change;
    }

    /** The action the trail and the events name a move from {@code from} to {@code to} by. */
    static String statusAction(OutcomeStatus from, OutcomeStatus to) {
        if (from == OutcomeStatus.DONE || from == OutcomeStatus.NOT_POSSIBLE) {
            return "reopened";
        }
        return switch (to) {
            case IN_PROGRESS -> "started";
            case DONE -> "completed";
            case NOT_POSSIBLE -> "marked-not-possible";
            case UNDER_CONSIDERATION -> "reopened";
        };
    }

    /** "published" or "unpublished" when an update flips the flag, otherwise "updated". */
    String updateAction(boolean publish) {
        return publish == published ? "updated" : publish ? "published" : "unpublished";
    }

    public void publish(boolean publish) {
        if (publish && !published) {
            publishedAt = Instant.now();
        }
        if (!publish) {
            publishedAt = null;
        }
        published = publish;
    }

    @Override
    public String auditType() {
        return "outcome";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    /** The organisation owning the partnership. */
    @Override
    public UUID auditOrganisationId() {
        Partnership partnership = Partnership.findById(partnershipId);
        return partnership == null ? null : partnership.ownerOrganisationId;
    }

    @Override
    public AuditRef auditBody() {
        return new AuditRef("partnership", partnershipId);
    }

    /** Staff write "you said" as a summary for publication, so it holds nobody's personal data. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("partnershipId", partnershipId);
        state.put("youSaid", youSaid);
        state.put("weDid", weDid);
        state.put("themeIds", Set.copyOf(themeIds));
        state.put("feedbackIds", Set.copyOf(feedbackIds));
        state.put("decisionId", decisionId);
        state.put("responsibleOrganisationId", responsibleOrganisationId);
        state.put("responsibleOrganisationName", responsibleOrganisationName);
        state.put("responsibleBoardId", responsibleBoardId);
        state.put("status", status);
        state.put("statusReason", statusReason);
        state.put("dueOn", dueOn);
        state.put("completedOn", completedOn);
        state.put("published", published);
        state.put("publishedAt", publishedAt);
        return state;
    }
}
