package org.tandem.meeting;

/** PLANNED until it is held or cancelled; both of those are final. */
public enum MeetingStatus { PLANNED, HELD, CANCELLED }
