package org.tandem.claim;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.LondonTime;

@Schema(name = "ClaimTransition", description = "One change of a claim's status. from is null for its creation.")
public record TransitionView(
        @Schema(examples = "SUBMITTED", nullable = true) ClaimStatus from,
        @Schema(examples = "APPROVED") ClaimStatus to,
        OffsetDateTime at,
        @Schema(examples = "Grace Mensah", nullable = true) String by,
        @Schema(description = "The reason given, if any", examples = "Over budget: agreed with the budget holder", nullable = true) String reason) {

    static TransitionView of(ClaimTransition t) {
        return new TransitionView(t.fromStatus, t.toStatus, LondonTime.of(t.at), t.actorName, t.reason);
    }
}
