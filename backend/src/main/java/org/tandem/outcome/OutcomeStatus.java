package org.tandem.outcome;

import org.tandem.common.Published;

/** Where a "you said, we did" stands. NOT_POSSIBLE always carries the reason. */
@Published
public enum OutcomeStatus { UNDER_CONSIDERATION, IN_PROGRESS, DONE, NOT_POSSIBLE }
