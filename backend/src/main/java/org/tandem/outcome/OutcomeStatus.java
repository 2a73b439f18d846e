package org.tandem.outcome;

import java.util.EnumSet;
import java.util.Set;
import org.tandem.common.Published;

/**
 * Where a "you said, we did" stands. NOT_POSSIBLE always carries the reason.
 *
 * <p>The transition table ({@link #next()}): a suggestion under consideration is taken on (IN_PROGRESS), done at once
 * (DONE: a quick change needs no pretend "in progress" step) or found not possible; work in progress ends DONE or NOT_POSSIBLE.
 * Residents are told what changed, so the ends can be reopened only where the story honestly goes on: a DONE outcome
 * goes back IN_PROGRESS when the change did not hold or more is needed, and a NOT_POSSIBLE one goes back
 * UNDER_CONSIDERATION when circumstances change (new funding, a new contract). Nothing jumps straight from NOT_POSSIBLE
 * to DONE or back from IN_PROGRESS to UNDER_CONSIDERATION: each step is one the history can explain.
 */
@Published
public enum OutcomeStatus {
    UNDER_CONSIDERATION, IN_PROGRESS, DONE, NOT_POSSIBLE;

    /** The statuses an outcome in this one may move to. */
    public Set<OutcomeStatus> next() {
        return switch (this) {
            case UNDER_CONSIDERATION -> EnumSet.of(IN_PROGRESS, DONE, NOT_POSSIBLE);
            case IN_PROGRESS -> EnumSet.of(DONE, NOT_POSSIBLE);
            case DONE -> EnumSet.of(IN_PROGRESS);
            case NOT_POSSIBLE -> EnumSet.of(UNDER_CONSIDERATION);
        };
    }

    public boolean canMoveTo(OutcomeStatus to) {
        return next().contains(to);
    }
}
