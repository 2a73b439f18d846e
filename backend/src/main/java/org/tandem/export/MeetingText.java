package org.tandem.export;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.tandem.meeting.MeetingTextRedaction;

/**
 * Redacts a meeting's free text in an export as the meeting feature redacts it for readers who see no names: the
 * names of the people linked to the meeting (its register and its actions' owners, read by {@link #LINKED_NAMES})
 * read "a participant".
 */
final class MeetingText implements Dataset.RowTransform {
    static final String HIDDEN_COLUMN = "linkedNames";
    /** The display names of the people linked to the meeting aliased m (those anonymised have none left to redact). */
    static final String LINKED_NAMES = "ARRAY(SELECT lp.display_name FROM person lp WHERE lp.anonymised_at IS NULL AND lp.id IN "
            + "(SELECT la.person_id FROM attendance la WHERE la.meeting_id = m.id UNION "
            + "SELECT lma.owner_person_id FROM meeting_action lma WHERE lma.meeting_id = m.id))";
    private static final int CACHED = 512;
    /** Compiled redactions by the names they redact: the rows of one meeting come together. Shared by every export. */
    private static final Map<List<String>, UnaryOperator<String>> REDACTIONS = new ConcurrentHashMap<>();
    static final String DESCRIPTION = "Names of the people linked to the meeting read \"a participant\".";

    private final List<String> fields;

    private MeetingText(List<String> fields) {
        this.fields = fields;
    }

    static MeetingText redacting(String... fields) {
        return new MeetingText(List.of(fields));
    }

    @Override
    public void apply(ExportRow row) {
        UnaryOperator<String> redaction = redactionOf(row.hidden(HIDDEN_COLUMN));
        for (String field : fields) {
            row.set(field, redaction.apply(row.get(field)));
        }
    }

    private static UnaryOperator<String> redactionOf(Object linkedNames) {
        List<String> names = names(linkedNames);
        UnaryOperator<String> redaction = REDACTIONS.get(names);
        if (redaction == null) {
            if (REDACTIONS.size() > CACHED) {
                REDACTIONS.clear();
            }
            redaction = MeetingTextRedaction.withoutNames(names);
            REDACTIONS.put(names, redaction);
        }
        return redaction;
    }

    private static List<String> names(Object linkedNames) {
        if (!(linkedNames instanceof List<?> names)) {
            return List.of();
        }
        return names.stream().map(String::valueOf).sorted().toList();
    }
}
