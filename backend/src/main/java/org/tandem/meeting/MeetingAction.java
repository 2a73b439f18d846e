package org.tandem.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.tandem.common.persistence.TimestampedEntity;
import org.tandem.common.problem.ProblemException;

/** Something a meeting asked someone to do; tracked across meetings until it is done or dropped. */
@Entity
@Table(name = "meeting_action")
public class MeetingAction extends TimestampedEntity {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, updatable = false)
    public Meeting meeting;

    @Column(name = "agenda_item_id")
    public UUID agendaItemId;

    public String description;

    @Column(name = "owner_person_id")
    public UUID ownerPersonId;

    @Column(name = "due_on")
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    public ActionStatus status = ActionStatus.OPEN;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** @throws ProblemException 409 unless the action is open; 400 when {@code outcome} is not a closing status */
    public void close(ActionStatus outcome) {
        if (outcome == ActionStatus.OPEN) {
            throw ProblemException.invalid("status", "must be DONE or DROPPED");
        }
        if (status != ActionStatus.OPEN) {
            throw ProblemException.transitionNotAllowed("The action is already " + status + "; reopen it first.");
        }
        status = outcome;
        closedAt = Instant.now();
    }

    /** @throws ProblemException 409 when the action is open already */
    public void reopen() {
        if (status == ActionStatus.OPEN) {
            throw ProblemException.transitionNotAllowed("The action is open already.");
        }
        status = ActionStatus.OPEN;
        closedAt = null;
    }

    public boolean isOverdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueOn != null && dueOn.isBefore(today);
    }
}
