package org.tandem.meeting;

/** OPEN until closed as DONE or DROPPED; a closed action can be reopened. */
public enum ActionStatus { OPEN, DONE, DROPPED }
