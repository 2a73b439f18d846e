package org.tandem.meeting;

/** A member's answer to a meeting before it is held. */
public enum MeetingResponseKind { ATTENDING, APOLOGIES }
