package org.tandem.claim;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApproveClaimRequest")
public record ApproveRequest(
        @Schema(description = "The version you loaded (or send If-Match)", examples = "3") Long version,
        @Size(max = 2000) @Schema(description = "Needed only when approving would exceed the partnership's budget for the year: why it is approved anyway",
                examples = "Agreed with the budget holder on 2 September") String budgetOverrideReason) {}
