package org.tandem.meeting;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Decision", description = "What the meeting decided under an agenda item. Its id stays stable while the item is edited.")
public record DecisionView(
        UUID id,
        @Schema(description = "1-based order within the agenda item", examples = "1") int position,
        @Schema(examples = "The development of hubs would provide an effective framework for this work.") String text) {

    static DecisionView of(Decision decision, Redaction redaction) {
        return new DecisionView(decision.id, decision.position, redaction.text(decision.text));
    }
}
