package org.tandem.mail;

import java.util.List;
import org.tandem.common.Published;

/**
 * A mail to queue ({@link MailQueue#enqueue}). {@code kind} says what it is for ("meeting-invitation"), as the admins'
 * list of mail shows it; {@code toName} and {@code unsubscribeUrl} may be null; {@code dedupKey} makes queueing it
 * idempotent: the same key again queues nothing (e.g. "meeting-invitation/{meetingId}/{personId}/{version}").
 */
@Published
public record OutgoingMail(String toAddress, String toName, String kind, String subject, MailContent content,
        List<MailAttachment> attachments, String unsubscribeUrl, String dedupKey) {}
