package org.tandem.board;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.persistence.LifecycleStatus;
import org.tandem.common.web.LondonTime;

@Schema(name = "Board", description = "A decision-making body that partnerships report to")
public record BoardView(
        UUID id,
        UUID ownerOrganisationId,
        @Schema(examples = "Lewisham Health and Care Partnership Strategic Board") String name,
        @Schema(nullable = true) String description,
        boolean statutory,
        @Schema(nullable = true) String website,
        LifecycleStatus status,
        Set<UUID> participantOrganisationIds,
        @Schema(description = "Whether the caller may change this board") boolean canEdit,
        @Schema(description = "What the caller may do now: EDIT while ACTIVE, ARCHIVE an active one, RESTORE an archived "
                + "one, DELETE (refused still when partnerships report to it or it has meetings). Empty for anyone but "
                + "the owner's staff and admins.") List<BoardAction> allowedActions,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {

    static BoardView of(Board b, boolean canEdit) {
        return new BoardView(b.id, b.ownerOrganisationId, b.name, b.description, b.statutory, b.website, b.status,
                Set.copyOf(b.participantOrganisationIds), canEdit, canEdit ? b.actionsNow() : List.of(),
                LondonTime.of(b.createdAt), LondonTime.of(b.updatedAt), b.version);
    }
}
