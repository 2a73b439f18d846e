package org.tandem.common.persistence;

import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.tandem.common.problem.ProblemException;

/**
 * Partnerships and boards are archived rather than deleted once they have history. The transition table: an active
 * one is archived, an archived one restored. Only an active one is edited; an archived one is kept as it was until
 * it is restored (a restore may change its fields at the same time).
 */
public enum LifecycleStatus {
    ACTIVE, ARCHIVED;

    private static final Map<LifecycleStatus, Set<LifecycleStatus>> MOVES = Map.of(
            ACTIVE, Set.of(ARCHIVED),
            ARCHIVED, Set.of(ACTIVE));

    /** The statuses this one may move to (staying put is no move). */
    public Set<LifecycleStatus> next() {
        return MOVES.get(this);
    }

    public boolean canMoveTo(LifecycleStatus status) {
        return status == this || next().contains(status);
    }

    /** Whether a record in this status may have its fields changed without moving. */
    public boolean editable() {
        return this == ACTIVE;
    }

    /**
     * Applies {@code edits} to a {@code record} ("board", "partnership") in this status, moving it to {@code next} by
     * the table: an archived one is kept as it was, so edits that change its {@code state} without restoring it are
     * refused. The state is taken only then, not on every edit.
     *
     * @return the status it is in afterwards
     */
    public LifecycleStatus revise(LifecycleStatus next, String record, Supplier<Object> state, Runnable edits) {
        if (!canMoveTo(next)) {
            throw ProblemException.transitionNotAllowed("A " + this + " " + record + " cannot become " + next + ".");
        }
        Object kept = next == this && !editable() ? state.get() : null;
        edits.run();
        if (kept != null && !kept.equals(state.get())) {
            throw ProblemException.transitionNotAllowed(
                    "This " + record + " is archived and kept as it was: restore it (status ACTIVE) to change it.");
        }
        return next;
    }

    /** What the trail and the events call a move to {@code status} from this one: "archived", "restored" or "updated". */
    public String moveName(LifecycleStatus status) {
        if (status == this) {
            return "updated";
        }
        return status == ARCHIVED ? "archived" : "restored";
    }
}
