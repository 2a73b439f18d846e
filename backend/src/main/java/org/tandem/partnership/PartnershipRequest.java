package org.tandem.partnership;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.persistence.LifecycleStatus;
import org.tandem.common.web.WebLink;

@Schema(name = "PartnershipRequest", description = "Create or update a partnership. The caller's organisation owns what it creates.")
public record PartnershipRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "Lewisham People's Partnership") String name,
        @Size(max = 4000) @Schema(examples = "Brings people and communities into the decisions of the Lewisham Health and Care Partnership.") String description,
        @Size(max = 20000) @Schema(description = "Terms of reference, as agreed by the partnership") String termsOfReference,
        @WebLink @Size(max = 500) @Schema(examples = "https://www.selondonics.org/lewisham-peoples-partnership") String website,
        @Schema(description = "Set to make this partnership a hub of another partnership your organisation owns") UUID parentId,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> successCriteria,
        @Size(max = 100) @Schema(description = "Other organisations taking part: they can see it, not change it") Set<@NotNull UUID> participantOrganisationIds,
        @Size(max = 20) @Schema(description = "Boards this partnership reports to") Set<@NotNull UUID> boardIds,
        @Schema(description = "ACTIVE, or ARCHIVED to keep it with its history but out of day-to-day lists. Defaults to ACTIVE.") LifecycleStatus status,
        @Schema(description = "Required when updating: the version you loaded", examples = "3") Long version) {}
