package org.tandem.reimbursement;

/** Kinds of expense a policy may allow. A taxi needs a reason (why public transport would not do). */
public enum ExpenseCategory { PUBLIC_TRANSPORT, MILEAGE, TAXI, PARKING, SUBSISTENCE, CARER_COVER, OTHER }
