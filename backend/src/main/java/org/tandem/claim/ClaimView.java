package org.tandem.claim;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.meeting.AttendanceStatus;

@Schema(name = "Claim", description = "A claim with its lines, receipts, totals and every change of its status.")
public record ClaimView(
        @JsonUnwrapped ClaimSummary claim,
        UUID policyId,
        @Schema(description = "True when the claimant takes no involvement payment") boolean declineInvolvementPayment,
        @Schema(nullable = true) String notes,
        List<ClaimLineView> lines,
        @Schema(description = "Why a late claim was accepted", nullable = true) String lateReason,
        @Schema(description = "The claimant on the meeting's register: ATTENDED, APOLOGIES, ABSENT, or null when not on it", nullable = true) AttendanceStatus claimantAttendance,
        @Schema(examples = "Grace Mensah", nullable = true) String decidedByName,
        @Schema(nullable = true) String rejectionReason,
        @Schema(description = "Why it was approved over budget", nullable = true) String budgetOverrideReason,
        @Schema(examples = "BACS-2024-08-30", nullable = true) String paymentReference,
        @Schema(description = "Who made the claim: the claimant, or staff on their behalf", examples = "Daniel Okafor") String createdByName,
        List<TransitionView> history,
        @Schema(description = "What you may do to it now") List<ClaimAction> allowedActions,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {}
