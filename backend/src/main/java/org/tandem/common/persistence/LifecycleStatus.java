package org.tandem.common.persistence;

import java.util.Map;
import java.util.Set;

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

    /** What the trail and the events call a move to {@code status} from this one: "archived", "restored" or "updated". */
    public String moveName(LifecycleStatus status) {
        if (status == this) {
            return "updated";
        }
        return status == ARCHIVED ? "archived" : "restored";
    }
}
