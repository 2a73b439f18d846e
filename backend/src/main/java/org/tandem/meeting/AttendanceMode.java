package org.tandem.meeting;

/** How someone joined a hybrid or online meeting. */
public enum AttendanceMode { IN_PERSON, ONLINE }
