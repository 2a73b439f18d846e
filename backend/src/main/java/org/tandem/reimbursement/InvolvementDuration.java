package org.tandem.reimbursement;

import org.tandem.common.Published;

/** How an involvement payment is counted: a half day, a full day, or a number of hours at the hourly rate. */
@Published
public enum InvolvementDuration { HALF_DAY, FULL_DAY, HOURS }
