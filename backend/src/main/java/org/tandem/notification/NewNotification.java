package org.tandem.notification;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.tandem.mail.MailAttachment;

/**
 * A notification a rule wants recorded. {@code sourceKey} names what it is about so that the same event, seen again,
 * records nothing twice; {@code link} is a web-client path ("/meetings/{id}") or an absolute URL (the public page);
 * {@code attachments} are made for the address the mail goes to, and only when a mail goes at once.
 */
public record NewNotification(Recipient recipient, NotificationKind kind, String sourceKey, UUID organisationId,
        UUID partnershipId, String title, String body, String link, Function<String, List<MailAttachment>> attachments) {

    public NewNotification {
        if (attachments == null) {
            attachments = address -> List.of();
        }
    }

    public static NewNotification of(Recipient recipient, NotificationKind kind, String sourceKey, UUID organisationId,
            UUID partnershipId, String title, String body, String link) {
        return new NewNotification(recipient, kind, sourceKey, organisationId, partnershipId, title, body, link, null);
    }

    public NewNotification withAttachments(Function<String, List<MailAttachment>> makeAttachments) {
        return new NewNotification(recipient, kind, sourceKey, organisationId, partnershipId, title, body, link, makeAttachments);
    }
}
