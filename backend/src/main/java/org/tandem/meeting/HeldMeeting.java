package org.tandem.meeting;

import org.tandem.common.Published;
import org.tandem.common.security.ScopedBody;

/** A meeting together with the partnership or board that holds it, which decides who may see and change it. */
@Published
public record HeldMeeting(Meeting meeting, ScopedBody holder) {

    public String holderName() {
        return holder.name();
    }
}
