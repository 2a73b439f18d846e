package org.tandem.meeting;

import org.tandem.common.Published;

/** OPEN until closed as DONE or DROPPED; a closed action can be reopened. */
@Published
public enum ActionStatus { OPEN, DONE, DROPPED }
