package org.tandem.notification;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tandem.common.security.HmacSha256;

/**
 * One-click unsubscribe links (RFC 8058): the recipient and kind, signed with HMAC-SHA256 so that nobody can
 * unsubscribe someone else, and readable without signing in (a mail program posts to it).
 */
@ApplicationScoped
public class UnsubscribeLinks {
    static final String ALL_KINDS = "*";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final byte[] secret;
    private final NotificationLinks links;

    UnsubscribeLinks(@ConfigProperty(name = "tandem.notifications.unsubscribe-secret") String secret, NotificationLinks links) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.links = links;
    }

    /** What a link unsubscribes from. */
    record Subscription(String recipientKey, String kind) {}

    public String url(Recipient recipient, String kind) {
        String payload = ENCODER.encodeToString((recipient.key() + "\n" + kind).getBytes(StandardCharsets.UTF_8));
        return links.api("/api/v1/public/unsubscribe/" + payload + "." + ENCODER.encodeToString(sign(payload)));
    }

    /** The subscription a token names, if its signature holds. */
    Optional<Subscription> read(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String payload = token.substring(0, dot);
        try {
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                return Optional.empty();
            }
            String[] parts = new String(DECODER.decode(payload), StandardCharsets.UTF_8).split("\n", 2);
            return parts.length == 2 ? Optional.of(new Subscription(parts[0], parts[1])) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private byte[] sign(String payload) {
        return HmacSha256.sign(secret, payload.getBytes(StandardCharsets.UTF_8));
    }
}
