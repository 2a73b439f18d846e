package org.tandem.claim;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Optional;
import org.tandem.meeting.Meeting;
import org.tandem.reimbursement.InvolvementDuration;
import org.tandem.reimbursement.ReimbursementPolicy;

/**
 * The involvement payment a new claim starts with, from the policy's rates and the meeting's length: a half day for a
 * meeting of up to four hours, a full day for a longer one, or its hours at the hourly rate when the policy sets no
 * day rate that fits. None when the policy pays for time at no rate at all.
 */
final class InvolvementDefault {
    static final Duration HALF_DAY = Duration.ofHours(4);

    private InvolvementDefault() {}

    static Optional<ClaimLineRequest> forMeeting(Meeting meeting, ReimbursementPolicy policy) {
        Duration length = meeting.endsAt == null ? HALF_DAY : Duration.between(meeting.startsAt, meeting.endsAt);
        InvolvementDuration day = length.compareTo(HALF_DAY) <= 0 ? InvolvementDuration.HALF_DAY : InvolvementDuration.FULL_DAY;
        Long dayRate = day == InvolvementDuration.HALF_DAY ? policy.halfDayRatePence : policy.fullDayRatePence;
        if (dayRate != null) {
            return Optional.of(line(day, null));
        }
        if (policy.hourlyRatePence != null) {
            return Optional.of(line(InvolvementDuration.HOURS, hours(length)));
        }
        Long otherDayRate = day == InvolvementDuration.HALF_DAY ? policy.fullDayRatePence : policy.halfDayRatePence;
        return otherDayRate == null ? Optional.empty()
                : Optional.of(line(day == InvolvementDuration.HALF_DAY ? InvolvementDuration.FULL_DAY : InvolvementDuration.HALF_DAY, null));
    }

    /** The meeting's length in hours, to the quarter hour (at least a quarter, at most 24). */
    private static BigDecimal hours(Duration length) {
        long quarters = Math.clamp(Math.round(length.toMinutes() / 15.0), 1, 96);
        return BigDecimal.valueOf(quarters).divide(BigDecimal.valueOf(4), 2, RoundingMode.UNNECESSARY);
    }

    private static ClaimLineRequest line(InvolvementDuration duration, BigDecimal hours) {
        return new ClaimLineRequest(ClaimCategory.INVOLVEMENT_PAYMENT, null, null, null, null, duration, hours, null);
    }
}
