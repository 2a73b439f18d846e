package org.tandem.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.tandem.common.security.HmacSha256;

/** Standard Webhooks' signature: "v1," and the base64 of HMAC-SHA256 over "id.timestamp.body", keyed with the secret's bytes. */
final class WebhookSignature {
    private WebhookSignature() {}

    static String of(String secret, String webhookId, long timestamp, String body) {
        byte[] key = Base64.getDecoder().decode(secret.substring(WebhookSubscription.SECRET_PREFIX.length()));
        byte[] signature = HmacSha256.sign(key, (webhookId + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
        return "v1," + Base64.getEncoder().encodeToString(signature);
    }
}
