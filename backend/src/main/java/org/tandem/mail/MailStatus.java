package org.tandem.mail;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MailStatus", description = "QUEUED: waiting for its first or next attempt. SENDING: an instance is handing it to "
        + "the mail server. SENT: the mail server took it. FAILED: refused for good, or not taken after 6 attempts over about "
        + "8 hours (retry it once the cause is put right).")
public enum MailStatus {
    QUEUED, SENDING, SENT, FAILED
}
