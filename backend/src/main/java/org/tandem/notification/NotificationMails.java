package org.tandem.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.tandem.mail.MailBodies;
import org.tandem.mail.MailContent;
import org.tandem.mail.MailLink;
import org.tandem.mail.OutgoingMail;

/** The mails notifications become: one at once, or a day's in one digest, each with a one-click unsubscribe. */
@ApplicationScoped
class NotificationMails {
    static final String DIGEST_KIND = "notification-digest";

    private final NotificationLinks links;
    private final UnsubscribeLinks unsubscribe;

    NotificationMails(NotificationLinks links, UnsubscribeLinks unsubscribe) {
        this.links = links;
        this.unsubscribe = unsubscribe;
    }

    OutgoingMail immediate(UUID notificationId, NewNotification notification, Addressee to) {
        List<MailLink> mailLinks = new ArrayList<>();
        if (notification.link() != null) {
            mailLinks.add(new MailLink(linkLabel(notification.kind()), links.web(notification.link())));
        }
        String unsubscribeUrl = unsubscribe.url(to.recipient(), notification.kind().key());
        mailLinks.add(new MailLink("Unsubscribe from \"" + notification.kind().label() + "\" emails", unsubscribeUrl));
        MailContent content = MailBodies.of(greeting(to), paragraphs(notification.body()), mailLinks,
                footer(to, "You get this email because of your choices for \"" + notification.kind().label() + "\"."));
        return new OutgoingMail(to.email(), to.name(), notification.kind().key(), notification.title(), content,
                notification.attachments().apply(to.email()), unsubscribeUrl, "notification:" + notificationId);
    }

    /** A digest: the day's notifications grouped by partnership, in the order they happened. */
    OutgoingMail digest(UUID digestId, Addressee to, List<DigestEntry> entries, String date) {
        List<String> paragraphs = new ArrayList<>();
        List<MailLink> mailLinks = new ArrayList<>();
        String group = null;
        for (DigestEntry entry : entries) {
            String partnership = entry.partnershipName() == null ? "Other news" : entry.partnershipName();
            if (!partnership.equals(group)) {
                paragraphs.add(partnership + ":");
                group = partnership;
            }
            paragraphs.add(entry.title() + ": " + entry.body());
            if (entry.link() != null) {
                mailLinks.add(new MailLink(entry.title(), links.web(entry.link())));
            }
        }
        String unsubscribeUrl = unsubscribe.url(to.recipient(), UnsubscribeLinks.ALL_KINDS);
        mailLinks.add(new MailLink("Unsubscribe from all Tandem emails", unsubscribeUrl));
        MailContent content = MailBodies.of(greeting(to), paragraphs, mailLinks,
                footer(to, "You get this daily digest because you chose it for some kinds of news."));
        String subject = "Your Tandem digest for " + date + " (" + entries.size() + (entries.size() == 1 ? " item)" : " items)");
        return new OutgoingMail(to.email(), to.name(), DIGEST_KIND, subject, content, List.of(), unsubscribeUrl,
                "digest:" + digestId);
    }

    record DigestEntry(String partnershipName, String title, String body, String link) {}

    private String footer(Addressee to, String why) {
        String choices = to.recipient().personId() == null ? ""
                : " Choose what Tandem sends you: " + links.web("/notifications/preferences") + ".";
        return why + choices + " The unsubscribe link above stops these emails.";
    }

    private static String greeting(Addressee to) {
        return to.name() == null ? "Hello," : "Hello " + to.name() + ",";
    }

    private static List<String> paragraphs(String body) {
        return Arrays.stream(body.split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private static String linkLabel(NotificationKind kind) {
        return switch (kind) {
            case OUTCOME_UPDATE -> "See what was done on the public page";
            case CLAIM_UPDATE, CLAIM_DEADLINE -> "Open your claims in Tandem";
            case ACTION_ASSIGNED, ACTION_DUE -> "Open your actions in Tandem";
            default -> "Open the meeting in Tandem";
        };
    }
}
