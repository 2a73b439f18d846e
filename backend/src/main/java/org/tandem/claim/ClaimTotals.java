package org.tandem.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.reimbursement.Money;

@Schema(name = "ClaimTotals", description = "Worked out by the server from the claim's lines, in pence.")
public record ClaimTotals(
        @Schema(description = "Payment for the claimant's time", examples = "7500") long involvementPence,
        @Schema(description = "Travel, carer cover and other expenses", examples = "1194") long expensesPence,
        @Schema(examples = "8694") long totalPence,
        @Schema(examples = "GBP") String currency) {

    static ClaimTotals of(Claim claim) {
        return new ClaimTotals(claim.involvementPence(), claim.expensesPence(), claim.totalPence(), Money.CURRENCY);
    }
}
