package org.tandem.mail;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tandem.common.web.LondonTime;

@Schema(name = "MailMessage", description = "A mail Tandem sent (or will send) to someone of your organisation, and how sending it went")
public record MailMessageView(
        UUID id,
        @Schema(description = "The recipient's address (erased when they are anonymised)", examples = "amara.okafor@example.org",
                maxLength = 320) String toAddress,
        @Schema(description = "The recipient's name, if known", examples = "Amara Okafor", maxLength = 200, nullable = true)
        String toName,
        @Schema(description = "What the mail is for", examples = "meeting-invitation", maxLength = 100) String kind,
        @Schema(examples = "Invitation: Lewisham board, Tuesday 9 December at 6pm", maxLength = 998) String subject,
        MailStatus status,
        @Schema(description = "Attempts to hand it to the mail server so far", examples = "1", minimum = "0") int attempts,
        @Schema(description = "Why the last attempt failed", examples = "SMTP 550: mailbox unavailable", maxLength = 500,
                nullable = true) String lastError,
        @Schema(description = "When it will be tried next (QUEUED only)", nullable = true) OffsetDateTime nextAttemptAt,
        @Schema(description = "When the mail server took it", nullable = true) OffsetDateTime sentAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @Schema(examples = "0") long version) {

    static MailMessageView of(MailMessage m) {
        return new MailMessageView(m.id, m.toAddress, m.toName, m.kind, m.subject, m.status, m.attempts, m.lastError,
                LondonTime.of(m.nextAttemptAt), LondonTime.of(m.sentAt), LondonTime.of(m.createdAt), LondonTime.of(m.updatedAt),
                m.version);
    }
}
