package org.tandem.claim;

/** What the caller may do to a claim now, so that a client offers only those. */
public enum ClaimAction { EDIT, DELETE, SUBMIT, WITHDRAW, APPROVE, REJECT, MARK_PAID }
