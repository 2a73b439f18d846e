package org.tandem.meeting;

import org.tandem.common.Published;

/** What an invitation's calendar object asks of its attendee (iTIP, RFC 5546). */
@Published
public enum InvitationMethod {
    /** An invitation to the meeting, first sent or updated (a higher SEQUENCE replaces an earlier one). */
    REQUEST,
    /** The meeting is called off: calendars remove the event of the same UID. */
    CANCEL;

    /** The media type of a mail attachment or part carrying such an object. */
    public String contentType() {
        return "text/calendar; charset=UTF-8; method=" + name();
    }
}
