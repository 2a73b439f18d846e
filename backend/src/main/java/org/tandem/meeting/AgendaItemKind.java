package org.tandem.meeting;

import org.tandem.common.Published;

@Published
public enum AgendaItemKind { ARRIVALS, ITEM, BREAK, ANY_OTHER_BUSINESS }
