package org.tandem.notification;

import java.util.Locale;
import java.util.UUID;

/** Who a notification is for: a person of Tandem, or someone known only by the email address they gave with consent. */
public record Recipient(UUID personId, String email) {
    public static Recipient person(UUID personId) {
        return new Recipient(personId, null);
    }

    public static Recipient address(String email) {
        return new Recipient(null, email.trim().toLowerCase(Locale.ROOT));
    }

    /** The key notifications, suppressions and unsubscribe links name them by. */
    public String key() {
        return personId != null ? "person:" + personId : "email:" + email;
    }
}
