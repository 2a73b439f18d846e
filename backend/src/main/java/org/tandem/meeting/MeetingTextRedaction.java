package org.tandem.meeting;

import java.util.Collection;
import java.util.function.UnaryOperator;
import org.tandem.common.Published;

/**
 * A meeting's text as readers who may see no names read it (analysts' exports, like the public pages and the JSON
 * views for those readers): each name of a person linked to the meeting reads "a participant". The wording is
 * {@link MeetingRedactions}' own, so an export cannot show more than the API.
 */
@Published
public final class MeetingTextRedaction {
    private MeetingTextRedaction() {}

    /** @param linkedNames the display names of the people linked to the meeting (its register, its actions' owners) */
    public static UnaryOperator<String> withoutNames(Collection<String> linkedNames) {
        return MeetingRedactions.withoutNames(linkedNames)::text;
    }
}
