package org.tandem.notification;

import java.util.Arrays;
import java.util.Optional;

/** What Tandem tells people about, each with the delivery a person gets until they choose another. */
public enum NotificationKind {
    MEETING_INVITATION("meeting-invitation", "Meeting invitations",
            "Invitations to your partnership's meetings, with a calendar file, and when one moves or is cancelled.",
            Delivery.IMMEDIATE),
    MEETING_PAPERS("meeting-papers", "Meeting papers", "Papers added to a meeting you are invited to.", Delivery.DIGEST),
    MEETING_NOTES("meeting-notes", "Meeting notes", "The notes of a meeting of your partnership, when they are published.",
            Delivery.DIGEST),
    ACTION_ASSIGNED("action-assigned", "Actions given to you", "An action of a meeting that someone has given to you.",
            Delivery.IMMEDIATE),
    ACTION_DUE("action-due", "Action reminders", "A reminder two days before one of your actions is due.", Delivery.IMMEDIATE),
    CLAIM_UPDATE("claim-update", "Your claims", "Your claim approved, rejected or paid.", Delivery.IMMEDIATE),
    CLAIM_DEADLINE("claim-deadline", "Claim deadlines",
            "A reminder a week before the last day to claim for a meeting you attended.", Delivery.IMMEDIATE),
    OUTCOME_UPDATE("outcome-update", "You said, we did",
            "What happened to feedback you gave: when its outcome is published, moves on, or cannot be done.",
            Delivery.IMMEDIATE);

    private final String key;
    private final String label;
    private final String description;
    private final Delivery defaultDelivery;

    NotificationKind(String key, String label, String description, Delivery defaultDelivery) {
        this.key = key;
        this.label = label;
        this.description = description;
        this.defaultDelivery = defaultDelivery;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public Delivery defaultDelivery() {
        return defaultDelivery;
    }

    public static Optional<NotificationKind> ofKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
    }
}
