package org.tandem.claim;

import org.tandem.reimbursement.InvolvementDuration;
import org.tandem.reimbursement.Money;
import org.tandem.reimbursement.ReimbursementPolicy;

/** Checks a line against its claim and policy, and works out its amount. */
final class LinePricing {
    private LinePricing() {}

    /**
     * Fills {@code line} from {@code body}. {@code prefix} names the line in errors ("" or "lines[2].").
     * @throws org.tandem.common.problem.ProblemException 400 naming every field to fix
     */
    static void apply(ClaimLineRequest body, ClaimLine line, Claim claim, ReimbursementPolicy policy, String prefix) {
        ClaimCategory category = body.category();
        boolean involvement = category == ClaimCategory.INVOLVEMENT_PAYMENT;
        boolean mileage = category == ClaimCategory.MILEAGE;
        FieldErrors errors = new FieldErrors(prefix)
                .require(involvement || policy.allows(category.expense()), "category",
                        "is not an expense the partnership's policy allows " + policy.allowedCategories.stream().sorted().toList())
                .require(!involvement || !claim.declineInvolvementPayment, "category",
                        "the claimant declines involvement payments on this claim")
                .require(!involvement || claim.involvementPayment().filter(other -> other != line).isEmpty(), "category",
                        "the claim has an involvement payment already: change that line")
                .require(involvement == (body.duration() != null), "duration",
                        involvement ? "is required for an involvement payment" : "is only for involvement payments")
                .require((body.duration() == InvolvementDuration.HOURS) == (body.hours() != null), "hours",
                        body.hours() == null ? "is required for an involvement payment of HOURS" : "is only for an involvement payment of HOURS")
                .require(mileage == (body.miles() != null), "miles", mileage ? "is required for mileage" : "is only for mileage")
                .require(involvement || mileage || body.amountPence() != null, "amountPence", "is required for this category")
                .require(!(involvement || mileage) || body.amountPence() == null, "amountPence",
                        "is worked out from the policy: leave it out")
                .require(category != ClaimCategory.TAXI || !blank(body.reason()), "reason", "is required for a taxi")
                .require(category != ClaimCategory.OTHER || !blank(body.description()), "description",
                        "is required for OTHER expenses");
        errors.throwIfInvalid();

        line.category = category;
        line.description = trimmed(body.description());
        line.reason = trimmed(body.reason());
        line.duration = body.duration();
        if (involvement) {
            long rate = policy.rateFor(body.duration(), prefix + "duration");
            line.unitRatePence = rate;
            line.quantity = body.hours();
            line.amountPence = body.hours() == null ? rate : Money.times(rate, body.hours());
        } else if (mileage) {
            long rate = policy.mileageRate(prefix + "miles");
            line.unitRatePence = rate;
            line.quantity = body.miles();
            line.amountPence = Money.times(rate, body.miles());
        } else {
            line.unitRatePence = null;
            line.quantity = null;
            line.amountPence = body.amountPence();
        }
    }

    static String trimmed(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
