package org.tandem.meeting;

public enum MeetingFormat { IN_PERSON, ONLINE, HYBRID }
