package org.tandem.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ActionRequest", description = "An action to record on a meeting, or its new wording, owner or due date. Its status changes through close and reopen.")
public record ActionRequest(
        @NotBlank @Size(max = 2000) @Schema(examples = "Feed back to the main group on 14 September") String description,
        @Schema(description = "An agenda item of the same meeting") UUID agendaItemId,
        @Schema(description = "A person in your organisation's directory") UUID ownerPersonId,
        @Schema(examples = "2017-09-14") LocalDate dueOn,
        @Schema(description = "Required when updating: the version you loaded", examples = "0") Long version) {}
