package org.tandem.meeting;

public enum DocumentKind { PAPER, SLIDES, VISUAL_RECORDING, MINUTES, OTHER }
