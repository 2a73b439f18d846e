package org.tandem.claim;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimMeeting", description = "The meeting a claim is for.")
public record ClaimMeeting(
        UUID id,
        @Schema(examples = "Lewisham People's Partnership") String title,
        @Schema(description = "Its date in Europe/London", examples = "2024-07-17") LocalDate date,
        UUID partnershipId,
        @Schema(examples = "Lewisham People's Partnership") String partnershipName) {}
