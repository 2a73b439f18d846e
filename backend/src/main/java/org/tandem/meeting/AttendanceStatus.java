package org.tandem.meeting;

public enum AttendanceStatus { ATTENDED, APOLOGIES, ABSENT }
