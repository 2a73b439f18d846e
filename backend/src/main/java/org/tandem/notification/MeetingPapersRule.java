package org.tandem.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.tandem.common.events.DomainEvent;

/** Tells a partnership's members of papers added to an upcoming meeting, and of its notes when they are published. */
@ApplicationScoped
class MeetingPapersRule implements NotificationRule {
    private final EntityManager entityManager;
    private final PartnershipMembers members;

    MeetingPapersRule(EntityManager entityManager, PartnershipMembers members) {
        this.entityManager = entityManager;
        this.members = members;
    }

    @Override
    public List<NewNotification> notificationsFor(DomainEvent event) {
        String action = event.payload().path("action").asText();
        if (event.entityType().equals("meeting-document") && action.equals("created")) {
            return papers(event);
        }
        if (event.entityType().equals("meeting") && action.equals("notes-published")) {
            return MeetingFacts.of(event.entityId(), entityManager).map(this::notes).orElse(List.of());
        }
        return List.of();
    }

    private List<NewNotification> papers(DomainEvent event) {
        UUID meetingId = UUID.fromString(event.payload().path("parent").path("entityId").asText());
        String document = (String) entityManager.createNativeQuery("SELECT title FROM meeting_document WHERE id = :id")
                .setParameter("id", event.entityId()).getResultStream().findFirst().orElse(null);
        if (document == null) {
            return List.of(); // removed again before we got to it
        }
        return MeetingFacts.of(meetingId, entityManager).filter(MeetingFacts::upcoming)
                .map(meeting -> toMembers(meeting, NotificationKind.MEETING_PAPERS, "document:" + event.entityId(), "Papers for " + meeting.title() + ": " + document,
                        "\"" + document + "\" has been added to the papers of " + meeting.title() + " of " + meeting.partnershipName()
                                + " on " + meeting.when() + "."))
                .orElse(List.of());
    }

    private List<NewNotification> notes(MeetingFacts meeting) {
        return toMembers(meeting, NotificationKind.MEETING_NOTES, "notes:" + meeting.id(), "Notes published: " + meeting.title(),
                "The notes of " + meeting.title() + " of " + meeting.partnershipName() + " on " + meeting.when()
                        + " are published: what was discussed, decided and who will do what.");
    }

    private List<NewNotification> toMembers(MeetingFacts meeting, NotificationKind kind, String source, String title, String body) {
        return members.current(meeting.partnershipId()).stream()
                .map(person -> NewNotification.of(Recipient.person(person), kind, source, meeting.organisationId(),
                        meeting.partnershipId(), title, body, meeting.link()))
                .toList();
    }
}
