package org.tandem.meeting;

import org.tandem.common.Published;

/** PLANNED until it is held or cancelled; both of those are final. */
@Published
public enum MeetingStatus { PLANNED, HELD, CANCELLED }
