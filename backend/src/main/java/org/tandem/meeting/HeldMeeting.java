package org.tandem.meeting;

import org.tandem.board.Board;
import org.tandem.common.security.ScopedBody;
import org.tandem.partnership.Partnership;

/** A meeting together with the partnership or board that holds it, which decides who may see and change it. */
public record HeldMeeting(Meeting meeting, ScopedBody holder) {

    public String holderName() {
        return switch (holder) {
            case Partnership p -> p.name;
            case Board b -> b.name;
            default -> null;
        };
    }
}
