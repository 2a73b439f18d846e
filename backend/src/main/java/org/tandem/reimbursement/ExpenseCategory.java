package org.tandem.reimbursement;

import org.tandem.common.Published;

/** Kinds of expense a policy may allow. A taxi needs a reason (why public transport would not do). */
@Published
public enum ExpenseCategory { PUBLIC_TRANSPORT, MILEAGE, TAXI, PARKING, SUBSISTENCE, CARER_COVER, OTHER }
