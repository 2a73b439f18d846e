package org.tandem.activity;

import java.util.Collection;
import java.util.List;
import java.util.Set;
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

    /** The titles of these activities, in the order they were held. */
    public static List<String> titlesOf(Collection<UUID> activityIds) {
        if (activityIds.isEmpty()) {
            return List.of();
        }
        return Activity.<Activity>list("id in ?1 order by heldOn, title", Set.copyOf(activityIds)).stream()
                .map(a -> a.title).toList();
    }
}
