package org.tandem.meeting;

/** What the caller may do to a meeting now, so that a client offers only those. */
public enum MeetingOperation { EDIT, CANCEL, MARK_HELD, PUBLISH_NOTES, UNPUBLISH_NOTES }
