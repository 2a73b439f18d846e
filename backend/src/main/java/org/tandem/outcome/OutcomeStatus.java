package org.tandem.outcome;

/** Where a "you said, we did" stands. NOT_POSSIBLE always carries the reason. */
public enum OutcomeStatus { UNDER_CONSIDERATION, IN_PROGRESS, DONE, NOT_POSSIBLE }
