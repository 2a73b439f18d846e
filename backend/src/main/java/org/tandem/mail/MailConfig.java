package org.tandem.mail;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "tandem.mail")
public interface MailConfig {
    /** false (tests, which send when they choose): this instance sends nothing on its own. */
    @WithDefault("true")
    boolean send();

    /** How often each instance looks for due mail (read by MailSender's schedule). */
    @WithDefault("5s")
    String sendEvery();

    /** Mails one instance claims at a time. */
    @WithDefault("20")
    int batch();

    /** How long a claimed batch is this instance's; past that another instance takes over what is not sent. */
    @WithDefault("2m")
    Duration lease();

    /** The sender (TANDEM_MAIL_FROM): what mails come from, and the organiser of calendar invitations. */
    String from();
}
