package org.tandem.claim;

import org.tandem.common.Published;
import org.tandem.reimbursement.ExpenseCategory;

/** What a claim line is for: an involvement payment for the person's time, or one of the policy's expenses. */
@Published
public enum ClaimCategory {
    INVOLVEMENT_PAYMENT, PUBLIC_TRANSPORT, MILEAGE, TAXI, PARKING, SUBSISTENCE, CARER_COVER, OTHER;

    /** The expense category the policy must allow; null for an involvement payment. */
    public ExpenseCategory expense() {
        return this == INVOLVEMENT_PAYMENT ? null : ExpenseCategory.valueOf(name());
    }

    /** The category as a claimant would say it, within a sentence: "the taxi", "the carer cover". */
    public String layName() {
        return switch (this) {
            case INVOLVEMENT_PAYMENT -> "involvement payment";
            case PUBLIC_TRANSPORT -> "public transport";
            case MILEAGE -> "mileage";
            case TAXI -> "taxi";
            case PARKING -> "parking";
            case SUBSISTENCE -> "food and drink";
            case CARER_COVER -> "carer cover";
            case OTHER -> "other expense";
        };
    }

    /** Expenses the person paid out (not mileage, which is computed, nor their time) are evidenced by receipts. */
    public boolean takesReceipts() {
        return this != INVOLVEMENT_PAYMENT && this != MILEAGE;
    }
}
