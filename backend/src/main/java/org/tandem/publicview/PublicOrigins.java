package org.tandem.publicview;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.tandem.activity.Activities;
import org.tandem.common.web.LondonTime;
import org.tandem.feedback.Feedback;
import org.tandem.meeting.Decision;
import org.tandem.meeting.Meeting;
import org.tandem.meeting.MeetingStatus;
import org.tandem.outcome.Outcome;

/**
 * The one place that decides what anyone may read of where a published outcome came from. A meeting is named only
 * once its notes are published (what it decided is then public anyway); activities by their titles, which staff
 * write for publication. The feedback itself, who gave it, who recorded it and the organisation it came from stay
 * private: a resident may be recognisable from any of them.
 */
final class PublicOrigins {
    private PublicOrigins() {}

    static PublicOutcomes.Origin of(Outcome outcome) {
        return new PublicOutcomes.Origin(publishedMeeting(outcome.decisionId), activityTitles(outcome.feedbackIds));
    }

    private static PublicOutcomes.Meeting publishedMeeting(UUID decisionId) {
        Decision decision = decisionId == null ? null : Decision.findById(decisionId);
        if (decision == null) {
            return null;
        }
        Meeting meeting = decision.agendaItem.meeting;
        if (meeting.status != MeetingStatus.HELD || meeting.notesPublishedAt == null) {
            return null;
        }
        return new PublicOutcomes.Meeting(meeting.id, meeting.title, LondonTime.dateOf(meeting.startsAt));
    }

    private static List<String> activityTitles(Set<UUID> feedbackIds) {
        if (feedbackIds.isEmpty()) {
            return List.of();
        }
        List<UUID> activityIds = Feedback.<Feedback>list("id in ?1", feedbackIds).stream()
                .map(f -> f.activityId).filter(Objects::nonNull).distinct().toList();
        return Activities.titlesOf(activityIds);
    }
}
