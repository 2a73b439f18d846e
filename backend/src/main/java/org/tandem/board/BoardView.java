package org.tandem.board;

import java.time.OffsetDateTime;
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
        String description,
        boolean statutory,
        String website,
        LifecycleStatus status,
        Set<UUID> participantOrganisationIds,
        @Schema(description = "Whether the caller may change this board") boolean canEdit,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {

    static BoardView of(Board b, boolean canEdit) {
        return new BoardView(b.id, b.ownerOrganisationId, b.name, b.description, b.statutory, b.website, b.status,
                Set.copyOf(b.participantOrganisationIds), canEdit, LondonTime.of(b.createdAt), LondonTime.of(b.updatedAt),
                b.version);
    }
}
