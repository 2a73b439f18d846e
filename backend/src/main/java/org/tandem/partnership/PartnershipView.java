package org.tandem.partnership;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.persistence.LifecycleStatus;

@Schema(name = "Partnership", description = "A standing group with its hubs, the boards it reports to and its members.")
public record PartnershipView(
        UUID id,
        UUID ownerOrganisationId,
        @Schema(description = "Set when this partnership is a hub of another", nullable = true) UUID parentId,
        @Schema(examples = "Lewisham People's Partnership") String name,
        @Schema(nullable = true) String description,
        @Schema(nullable = true) String termsOfReference,
        @Schema(nullable = true) String website,
        LifecycleStatus status,
        List<String> successCriteria,
        Set<UUID> participantOrganisationIds,
        List<Reference> boards,
        List<Reference> hubs,
        @Schema(description = "Members with their roles. Omitted for analysts and partners (personal data).", nullable = true) List<PartnershipMemberView> members,
        @Schema(description = "Whether the caller may change this partnership") boolean canEdit,
        @Schema(description = "What the caller may do now: EDIT while ACTIVE, ARCHIVE an active one, RESTORE an archived "
                + "one, DELETE while it has no hubs (one with meetings is still refused). Empty for anyone but the "
                + "owner's staff and admins.") List<PartnershipAction> allowedActions,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(description = "Send this back when updating", examples = "0") long version) {

    @Schema(name = "Reference", description = "The id and name of a related record")
    public record Reference(UUID id, String name, LifecycleStatus status) {}
}
