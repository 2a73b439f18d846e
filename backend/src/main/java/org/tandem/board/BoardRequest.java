package org.tandem.board;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.persistence.LifecycleStatus;
import org.tandem.common.web.WebLink;

@Schema(name = "BoardRequest", description = "Create or update a board. The caller's organisation owns what it creates.")
public record BoardRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Lewisham Health and Care Partnership Strategic Board") String name,
        @Size(max = 4000) String description,
        @Schema(description = "A statutory body, such as a Health and Wellbeing Board") Boolean statutory,
        @WebLink @Size(max = 500) String website,
        @Size(max = 100) @Schema(description = "Other organisations sitting on the board: they can see it, not change it") Set<@NotNull UUID> participantOrganisationIds,
        @Schema(description = "Defaults to ACTIVE") LifecycleStatus status,
        @Schema(description = "Required when updating: the version you loaded") Long version) {}
