package org.tandem.theme;

/** A retired theme keeps its history (tags, links from outcomes) but takes no new tags. */
public enum ThemeStatus { ACTIVE, RETIRED }
