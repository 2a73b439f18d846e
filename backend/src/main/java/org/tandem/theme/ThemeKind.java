package org.tandem.theme;

/** The levels of a strategy: focus areas hold ambitions, which hold themes. */
public enum ThemeKind { FOCUS_AREA, AMBITION, THEME }
