package org.tandem.claim;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ClaimRequest", description = """
        Start a claim (a draft) for a meeting of a partnership your organisation runs, optionally with its lines. The
        policy in force on the meeting's date applies to it for good.""")
public record ClaimRequest(
        @Schema(description = "Who claims: required for staff; members claim for themselves and may leave it out") UUID claimantPersonId,
        @NotNull @Schema(description = "The meeting claimed for") UUID meetingId,
        @Schema(description = "True when the claimant does not take an involvement payment (e.g. to protect their benefits)", examples = "false") Boolean declineInvolvementPayment,
        @Size(max = 4000) @Schema(examples = "Travelled with my carer.") String notes,
        @Size(max = 30) @Schema(description = "Leave out to start with the policy's involvement payment for the meeting (none when declined)") List<@NotNull @Valid ClaimLineRequest> lines) {}
