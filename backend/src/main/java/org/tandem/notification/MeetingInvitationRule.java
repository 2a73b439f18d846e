package org.tandem.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.tandem.common.events.DomainEvent;
import org.tandem.mail.MailAttachment;
import org.tandem.meeting.InvitationMethod;
import org.tandem.meeting.MeetingInvitations;

/**
 * Invites a partnership's members to its meetings with a calendar file: when one is planned, again (a newer
 * SEQUENCE of the same event) when its time or place changes, and a cancellation when it is cancelled.
 */
@ApplicationScoped
class MeetingInvitationRule implements NotificationRule {
    /** Changes to these make the invitation out of date. */
    private static final Set<String> INVITED_FIELDS = Set.of("title", "startsAt", "endsAt", "timeConfirmed", "format", "venue",
            "onlineLink");

    private final EntityManager entityManager;
    private final PartnershipMembers members;
    private final MeetingInvitations invitations;

    MeetingInvitationRule(EntityManager entityManager, PartnershipMembers members, MeetingInvitations invitations) {
        this.entityManager = entityManager;
        this.members = members;
        this.invitations = invitations;
    }

    @Override
    public List<NewNotification> notificationsFor(DomainEvent event) {
        if (!event.entityType().equals("meeting") || event.partnershipId() == null) {
            return List.of();
        }
        String action = event.payload().path("action").asText();
        boolean cancelled = action.equals("cancelled");
        boolean invites = action.equals("created") || (action.equals("updated") && changedInvitedFields(event));
        if (!cancelled && !invites) {
            return List.of();
        }
        return MeetingFacts.of(event.entityId(), entityManager)
                .filter(meeting -> cancelled ? meeting.startsAt().isAfter(java.time.Instant.now()) : meeting.upcoming())
                .map(meeting -> cancelled ? cancellations(meeting) : invitations(meeting, action.equals("updated")))
                .orElse(List.of());
    }

    private static boolean changedInvitedFields(DomainEvent event) {
        for (var field : event.payload().path("changedFields")) {
            if (INVITED_FIELDS.contains(field.asText())) {
                return true;
            }
        }
        return false;
    }

    private List<NewNotification> invitations(MeetingFacts meeting, boolean changed) {
        String title = (changed ? "Changed: " : "Invitation: ") + meeting.title() + ", " + meeting.when();
        String body = (changed ? "The details of " + meeting.title() + " of " + meeting.partnershipName() + " have changed. It is now on "
                : "You are invited to " + meeting.title() + " of " + meeting.partnershipName() + " on ")
                + meeting.when() + ", " + meeting.where() + ".\n\n"
                + "The calendar file attached adds it to your calendar" + (changed ? " (it replaces the earlier one)" : "")
                + ". Let the organisers know whether you can come under \"My meetings\" in Tandem.";
        return notify(meeting, "meeting:" + meeting.id() + ":v" + meeting.version(), title, body, InvitationMethod.REQUEST);
    }

    private List<NewNotification> cancellations(MeetingFacts meeting) {
        String reason = meeting.cancellationReason() == null ? "" : " The organisers said: " + meeting.cancellationReason();
        String body = meeting.title() + " of " + meeting.partnershipName() + " on " + meeting.when() + " is cancelled." + reason
                + "\n\nThe calendar file attached removes it from your calendar.";
        return notify(meeting, "meeting:" + meeting.id() + ":cancelled", "Cancelled: " + meeting.title() + ", " + meeting.when(),
                body, InvitationMethod.CANCEL);
    }

    private List<NewNotification> notify(MeetingFacts meeting, String source, String title, String body, InvitationMethod method) {
        List<UUID> people = members.current(meeting.partnershipId());
        return people.stream().map(person -> NewNotification.of(Recipient.person(person), NotificationKind.MEETING_INVITATION,
                        source, meeting.organisationId(), meeting.partnershipId(), title, body, meeting.link())
                .withAttachments(address -> List.of(new MailAttachment(method == InvitationMethod.CANCEL ? "cancel.ics" : "invite.ics",
                        method.contentType(), invitations.invitation(meeting.id(), method, address)))))
                .toList();
    }
}
