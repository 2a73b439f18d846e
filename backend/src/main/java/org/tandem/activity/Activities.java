package org.tandem.activity;

import java.util.UUID;
import org.tandem.common.Published;

/** What other features may ask about activities. */
@Published
public final class Activities {
    private Activities() {}

    /** The partnership an activity belongs to, or null when there is no such activity. */
    public static UUID partnershipOf(UUID activityId) {
        Activity activity = Activity.findById(activityId);
        return activity == null ? null : activity.partnershipId;
    }
}
