package org.tandem.meeting;

/** What the caller may do to an action now, so that a client offers only those. */
public enum ActionOperation { EDIT, CLOSE, REOPEN }
