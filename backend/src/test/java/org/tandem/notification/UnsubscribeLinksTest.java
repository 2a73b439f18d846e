package org.tandem.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Unsubscribe links name who and what, and nobody can make one for someone else without the secret. */
class UnsubscribeLinksTest {
    private final UnsubscribeLinks links = new UnsubscribeLinks("a secret", new NotificationLinks("https://tandem.example.org",
            "https://api.tandem.example.org/"));

    @Test
    void aLinkReadsBackAsTheRecipientAndKindItWasMadeFor() {
        String url = links.url(Recipient.address("Someone@Example.org"), "meeting-papers");
        assertTrue(url.startsWith("https://api.tandem.example.org/api/v1/public/unsubscribe/"), url);
        String token = url.substring(url.lastIndexOf('/') + 1);
        assertEquals(new UnsubscribeLinks.Subscription("email:someone@example.org", "meeting-papers"), links.read(token).orElseThrow());
    }

    @Test
    void aChangedOrForeignLinkReadsAsNothing() {
        String url = links.url(Recipient.address("someone@example.org"), "meeting-papers");
        String token = url.substring(url.lastIndexOf('/') + 1);
        String otherPayload = links.url(Recipient.address("victim@example.org"), UnsubscribeLinks.ALL_KINDS);
        String forged = otherPayload.substring(otherPayload.lastIndexOf('/') + 1).split("\\.")[0] + "." + token.split("\\.")[1];
        assertTrue(links.read(forged).isEmpty());
        assertTrue(links.read(token + "x").isEmpty());
        assertTrue(links.read("no-dot").isEmpty());
        String elsewhere = new UnsubscribeLinks("another secret", new NotificationLinks("https://w", "https://a")).url(
                Recipient.address("someone@example.org"), "meeting-papers");
        assertTrue(links.read(elsewhere.substring(elsewhere.lastIndexOf('/') + 1)).isEmpty());
    }
}
