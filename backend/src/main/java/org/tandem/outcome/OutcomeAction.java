package org.tandem.outcome;

/**
 * What the caller may do to an outcome now, so that a client offers only those: EDIT (PUT, which also publishes and
 * unpublishes) and CHANGE_STATUS (to one of the view's allowedStatuses).
 */
public enum OutcomeAction { EDIT, CHANGE_STATUS }
