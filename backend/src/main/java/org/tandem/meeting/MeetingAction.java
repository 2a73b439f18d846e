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
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.persistence.TimestampedEntity;
import org.tandem.common.problem.ProblemException;

/** Something a meeting asked someone to do; tracked across meetings until it is done or dropped. */
@Entity
@Table(name = "meeting_action")
public class MeetingAction extends TimestampedEntity implements MeetingPart {
    /** The status moves: the one table {@link #close}, {@link #reopen} and the views' allowedActions read. */
    static final Map<ActionStatus, Set<ActionStatus>> STATUS_MOVES = Map.of(
            ActionStatus.OPEN, EnumSet.of(ActionStatus.DONE, ActionStatus.DROPPED),
            ActionStatus.DONE, EnumSet.of(ActionStatus.OPEN),
            ActionStatus.DROPPED, EnumSet.of(ActionStatus.OPEN));

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

    public boolean canMoveTo(ActionStatus next) {
        return STATUS_MOVES.get(status).contains(next);
    }

    /** What the action's state allows now, whoever asks: its wording always, closing while open, reopening once closed. */
    public Set<ActionOperation> allowedOperations() {
        Set<ActionOperation> allowed = EnumSet.of(ActionOperation.EDIT);
        if (canMoveTo(ActionStatus.DONE)) {
            allowed.add(ActionOperation.CLOSE);
        }
        if (canMoveTo(ActionStatus.OPEN)) {
            allowed.add(ActionOperation.REOPEN);
        }
        return allowed;
    }

    /** @throws ProblemException 409 unless the action is open; 400 when {@code outcome} is not a closing status */
    public void close(ActionStatus outcome) {
        if (outcome == ActionStatus.OPEN) {
            throw ProblemException.invalid("status", "must be DONE or DROPPED");
        }
        if (!canMoveTo(outcome)) {
            throw ProblemException.transitionNotAllowed("The action is already " + status + "; reopen it first.");
        }
        status = outcome;
        closedAt = Instant.now();
    }

    /** @throws ProblemException 409 when the action is open already */
    public void reopen() {
        if (!canMoveTo(ActionStatus.OPEN)) {
            throw ProblemException.transitionNotAllowed("The action is open already.");
        }
        status = ActionStatus.OPEN;
        closedAt = null;
    }

    public boolean isOverdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueOn != null && dueOn.isBefore(today);
    }

    @Override
    public String auditType() {
        return "action";
    }

    @Override
    public UUID auditId() {
        return id;
    }

    @Override
    public Meeting partOf() {
        return meeting;
    }

    /** The description may name people, but it is the meeting's wording (redacted on output), not data about one person. */
    @Override
    public Map<String, Object> auditState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("meetingId", meeting.id);
        state.put("agendaItemId", agendaItemId);
        state.put("description", description);
        state.put("ownerPersonId", ownerPersonId);
        state.put("dueOn", dueOn);
        state.put("status", status);
        state.put("closedAt", closedAt);
        return state;
    }
}
