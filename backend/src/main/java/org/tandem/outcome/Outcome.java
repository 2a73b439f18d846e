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
import java.util.Set;
import java.util.UUID;
import org.tandem.common.Published;
import org.tandem.common.persistence.TimestampedEntity;
import org.tandem.common.problem.ProblemException;
import org.tandem.common.web.LondonTime;

/** "You said, we did": what people said, what was done or decided, and where it stands. */
@Published
@Entity
public class Outcome extends TimestampedEntity {
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

    /** Moves to {@code to}, recording the change; NOT_POSSIBLE needs the reason, which residents will read. */
    public OutcomeStatusChange changeStatus(OutcomeStatus to, String reason, String by) {
        if (to == status) {
            throw ProblemException.transitionNotAllowed("The outcome is already " + to + ".");
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
        status = to;
        statusReason = change.reason;
        if (to == OutcomeStatus.DONE && completedOn == null) {
            completedOn = LondonTime.today();
        }
        return change;
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
}
