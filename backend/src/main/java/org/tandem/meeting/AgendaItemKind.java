package org.tandem.meeting;

public enum AgendaItemKind { ARRIVALS, ITEM, BREAK, ANY_OTHER_BUSINESS }
