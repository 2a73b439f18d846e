package org.tandem.meeting;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.LondonTime;

@Schema(name = "AgendaItem", description = "An agenda item with the notes of its discussion and its decisions.")
public record AgendaItemView(
        UUID id,
        @Schema(description = "1-based order on the agenda", examples = "2") int position,
        AgendaItemKind kind,
        @Schema(examples = "Update on Lewisham People's Partnership Year One Review") String title,
        @Schema(description = "Europe/London time", examples = "2024-07-17T14:15:00+01:00", nullable = true) OffsetDateTime plannedStart,
        @Schema(description = "Europe/London time", examples = "2024-07-17T14:40:00+01:00", nullable = true) OffsetDateTime plannedEnd,
        @Schema(description = "Who introduces the item. Absent under the Chatham House rule unless you take the notes, and for analysts and partners.",
                examples = "Anne Hooper, Chair", nullable = true) String presenter,
        @Schema(description = "Notes of the discussion", nullable = true, examples = "The focus for ongoing conversations about the Year Two action plan was supported.") String notes,
        List<DecisionView> decisions,
        @Schema(description = "Send this back when updating the item", examples = "0") long version) {

    static AgendaItemView of(AgendaItem item, Redaction redaction) {
        return new AgendaItemView(item.id, item.position, item.kind, item.title, LondonTime.of(item.plannedStart),
                LondonTime.of(item.plannedEnd), redaction.presenter(item.presenter), redaction.text(item.notes),
                item.decisions.stream().map(d -> DecisionView.of(d, redaction)).toList(), item.version);
    }
}
