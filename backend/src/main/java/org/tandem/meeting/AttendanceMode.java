package org.tandem.meeting;

import org.tandem.common.Published;

/** How someone joined a hybrid or online meeting. */
@Published
public enum AttendanceMode { IN_PERSON, ONLINE }
