package org.tandem.activity;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Activity")
public record ActivityView(UUID id, UUID partnershipId, ActivityKind kind, @Schema(nullable = true) UUID meetingId, String title, LocalDate heldOn,
        @Schema(nullable = true) String area, @Schema(nullable = true) String audience, Reach reach, long version) {
    static ActivityView of(Activity a) {
        return new ActivityView(a.id, a.partnershipId, a.kind, a.meetingId, a.title, a.heldOn, a.area, a.audience,
                a.reach(), a.version);
    }
}
