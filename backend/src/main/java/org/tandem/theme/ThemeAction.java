package org.tandem.theme;

/** What the caller may do to a theme now, so that a client offers only those. */
public enum ThemeAction { EDIT, MERGE, RETIRE }
