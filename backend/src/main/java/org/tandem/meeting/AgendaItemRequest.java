package org.tandem.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@CrossFieldRules
@Schema(name = "AgendaItemRequest", description = """
        An agenda item to add, or its new state. Updating replaces the item: decisions left out are removed, those
        named by id keep their id, those without an id are new.""")
public record AgendaItemRequest(
        @NotNull AgendaItemKind kind,
        @NotBlank @Size(max = 300) @Schema(examples = "What voices do we have at this meeting?") String title,
        @Schema(examples = "2024-07-17T14:00:00+01:00") OffsetDateTime plannedStart,
        @Schema(examples = "2024-07-17T14:15:00+01:00") OffsetDateTime plannedEnd,
        @Size(max = 200) @Schema(examples = "Anne Hooper, Chair") String presenter,
        @Size(max = 20000) @Schema(description = "Notes of the discussion", examples = "Anne gave a brief overview of the Year One Review.") String notes,
        @Size(max = 100) List<@NotNull @Valid DecisionRequest> decisions,
        @Schema(description = "Required when updating: the version you loaded", examples = "0") Long version)
        implements CrossFieldRules.Checked {

    @Override
    public void check(CrossFieldRules.Violations violations) {
        violations.require(plannedStart == null || plannedEnd == null || !plannedEnd.isBefore(plannedStart),
                "plannedEnd", "must not be before plannedStart");
    }

    List<AgendaItem.DecisionText> decisionTexts() {
        return decisions == null ? List.of() : decisions.stream().map(d -> new AgendaItem.DecisionText(d.id(), d.text())).toList();
    }

    @Schema(name = "DecisionRequest")
    public record DecisionRequest(
            @Schema(description = "Leave out for a new decision; give it to keep an existing one") UUID id,
            @NotBlank @Size(max = 4000) @Schema(examples = "Hubs will be developed as the framework for this work.") String text) {}
}
