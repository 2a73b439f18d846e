package org.tandem.partnership;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.persistence.LifecycleStatus;

@Schema(name = "PartnershipSummary", description = "A partnership as it appears in lists")
public record PartnershipSummary(
        UUID id,
        @Schema(examples = "Lewisham People's Partnership") String name,
        @Schema(nullable = true) String description,
        @Schema(nullable = true) UUID parentId,
        UUID ownerOrganisationId,
        LifecycleStatus status,
        long version) {

    static PartnershipSummary of(Partnership p) {
        return new PartnershipSummary(p.id, p.name, p.description, p.parentId, p.ownerOrganisationId, p.status, p.version);
    }
}
