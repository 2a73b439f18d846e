package org.tandem.meeting;

import org.tandem.common.Published;

@Published
public enum MeetingFormat { IN_PERSON, ONLINE, HYBRID }
