package org.tandem.meeting;

import org.tandem.common.Published;

@Published
public enum AttendanceStatus { ATTENDED, APOLOGIES, ABSENT }
