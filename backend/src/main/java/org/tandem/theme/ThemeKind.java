package org.tandem.theme;

import org.tandem.common.Published;

/** The levels of a strategy: focus areas hold ambitions, which hold themes. */
@Published
public enum ThemeKind { FOCUS_AREA, AMBITION, THEME }
