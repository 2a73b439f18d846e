package org.tandem.claim;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.reimbursement.InvolvementDuration;
import org.tandem.reimbursement.ReimbursementPolicy;

@Schema(name = "ClaimLine", description = "A line with the amount the server worked out and, for rates, the rate it used.")
public record ClaimLineView(
        UUID id,
        ClaimCategory category,
        @Schema(examples = "Home to Lewisham Civic Centre and back", nullable = true) String description,
        @Schema(nullable = true) String reason,
        @Schema(nullable = true) InvolvementDuration duration,
        @Schema(examples = "12.3", nullable = true) BigDecimal miles,
        @Schema(examples = "2.5", nullable = true) BigDecimal hours,
        @Schema(description = "Pence per mile, per hour, or for the half or full day", examples = "45", nullable = true) Long unitRatePence,
        @Schema(examples = "554") long amountPence,
        @Schema(description = "True when the policy needs a receipt for this line") boolean receiptRequired,
        List<ReceiptView> receipts) {

    static ClaimLineView of(ClaimLine l, ReimbursementPolicy policy) {
        boolean mileage = l.category == ClaimCategory.MILEAGE;
        return new ClaimLineView(l.id, l.category, l.description, l.reason, l.duration, mileage ? l.quantity : null,
                mileage ? null : l.quantity, l.unitRatePence, l.amountPence, needsReceipt(l, policy),
                l.receipts.stream().map(ReceiptView::of).toList());
    }

    static boolean needsReceipt(ClaimLine line, ReimbursementPolicy policy) {
        return line.category.takesReceipts() && policy.needsReceipt(line.amountPence);
    }
}
