package org.tandem.webhook;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.common.events.OutboxDispatcher;
import org.tandem.support.TestOrganisation;

/**
 * Webhooks from the receiver's side: a real HTTP server gets signed, thin events about what its organisation may see,
 * retried with backoff until the retry period ends, then the subscription is disabled; deliveries can be replayed.
 */
@QuarkusTest
class WebhookResourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FEEDBACK_TEXT = "Mrs Amara Okafor waited three weeks for a GP appointment.";

    @Inject
    OutboxDispatcher dispatcher;

    @Inject
    WebhookSender sender;

    private TestOrganisation owner;
    private TestOrganisation participant;
    private TestOrganisation unrelated;
    private WebhookReceiver receiver;
    private String partnershipId;

    @BeforeEach
    void aPartnershipWithAParticipant() throws Exception {
        owner = TestOrganisation.create();
        participant = TestOrganisation.create();
        unrelated = TestOrganisation.create();
        receiver = new WebhookReceiver();
        partnershipId = as(owner.staff()).body(Map.of("name", "Webhook partnership " + UUID.randomUUID(),
                        "participantOrganisationIds", List.of(participant.id())))
                .post("/api/v1/partnerships").then().statusCode(201).extract().path("id");
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void aPartnerIsSentSignedThinEventsAboutWhatItMaySee() throws Exception {
        var created = as(participant.partner()).body(Map.of("url", receiver.url(), "eventTypes", List.of("feedback.*"),
                        "description", "Our case system"))
                .post("/api/v1/webhooks").then().statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/webhooks/[0-9a-f-]{36}"))
                .body("status", equalTo("ACTIVE")).body("secret", matchesPattern("whsec_[A-Za-z0-9+/]{43}="))
                .extract();
        String id = created.path("id");
        String secret = created.path("secret");
        as(participant.partner()).get("/api/v1/webhooks/" + id).then().statusCode(200).body("secret", nullValue());
        // Another organisation's subscription to the same events hears nothing of this partnership.
        WebhookReceiver elsewhere = new WebhookReceiver();
        try {
            as(unrelated.partner()).body(Map.of("url", elsewhere.url(), "eventTypes", List.of("feedback.*")))
                    .post("/api/v1/webhooks").then().statusCode(201);

            String feedbackId = as(owner.staff()).body(Map.of("partnershipId", partnershipId, "text", FEEDBACK_TEXT,
                    "receivedOn", "2024-07-18")).post("/api/v1/feedback").then().statusCode(201).extract().path("id");
            dispatchAndSend();

            WebhookReceiver.Received hook = receiver.next(10);
            assertNotNull(hook, "the participant's receiver was sent the event");
            assertEquals(WebhookSignature.of(secret, hook.id(), Long.parseLong(hook.timestamp()), hook.body()),
                    hook.signature(), "signed with the subscription's secret");
            assertTrue(hook.verifiesWith(secret), "the signature verifies as Standard Webhooks says");
            assertTrue(hook.contentType().startsWith("application/json"));
            JsonNode body = JSON.readTree(hook.body());
            assertEquals("feedback.created", body.path("type").asText());
            assertEquals(feedbackId, body.path("data").path("entityId").asText());
            assertEquals(partnershipId, body.path("data").path("partnershipId").asText());
            assertEquals("/api/v1/feedback/" + feedbackId, body.path("data").path("href").asText());
            assertFalse(hook.body().contains("Okafor"), "no personal data or content: " + hook.body());
            assertNull(elsewhere.next(1), "an unrelated organisation hears nothing");

            // Who gave the feedback is not the partners' business, even as a bare event type under feedback.*.
            as(owner.staff()).header("If-Match", "\"0\"").body(Map.of("email", "resident@example.org", "consent", true))
                    .put("/api/v1/feedback/" + feedbackId + "/contributor").then().statusCode(200);
            dispatchAndSend();
            assertNull(receiver.next(1), "no feedback.contributor-recorded event is sent");

            as(participant.partner()).get("/api/v1/webhooks/" + id + "/deliveries").then().statusCode(200)
                    .body("items[0].eventId", equalTo(hook.id())).body("items[0].status", equalTo("DELIVERED"))
                    .body("items[0].attempts", equalTo(1)).body("items[0].lastStatusCode", equalTo(204));
        } finally {
            elsewhere.close();
        }
    }

    @Test
    void aFailingReceiverIsRetriedWithBackoffThenTheSubscriptionIsDisabledAndCanBeReplayed() throws Exception {
        receiver.answer(503);
        String id = as(owner.admin()).body(Map.of("url", receiver.url(), "eventTypes", List.of("partnership.updated")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().path("id");
        long version = as(owner.staff()).get("/api/v1/partnerships/" + partnershipId).then().extract().<Number>path("version").longValue();
        as(owner.staff()).body(Map.of("name", "Renamed for webhooks " + UUID.randomUUID(), "version", version,
                "participantOrganisationIds", List.of(participant.id()))).put("/api/v1/partnerships/" + partnershipId)
                .then().statusCode(200);
        dispatchAndSend();
        WebhookReceiver.Received first = receiver.next(10);
        assertNotNull(first);
        WebhookDelivery delivery = deliveryOf(id);
        assertEquals(DeliveryStatus.PENDING, delivery.status);
        assertEquals(1, delivery.attempts);
        assertEquals(503, delivery.lastStatusCode);
        long backoff = Duration.between(delivery.lastAttemptAt, delivery.nextAttemptAt).toMillis();
        assertTrue(backoff >= 4000 && backoff <= 6000, "the first retry comes about 5 seconds later: " + backoff + " ms");

        sender.sendDue();
        assertNull(receiver.next(1), "not retried before its time");

        // A day of failures later: the last attempt fails too, the delivery has failed and the subscription is disabled.
        QuarkusTransaction.requiringNew().run(() -> WebhookDelivery.update("retryingSince = ?1, nextAttemptAt = ?2 where id = ?3",
                Instant.now().minus(Duration.ofHours(24)), Instant.now(), delivery.id));
        sender.sendDue();
        WebhookReceiver.Received last = receiver.next(10);
        assertEquals(first.id(), last.id(), "the same webhook-id on every attempt");
        assertEquals(DeliveryStatus.FAILED, deliveryOf(id).status);
        var disabled = as(owner.admin()).get("/api/v1/webhooks/" + id).then().statusCode(200)
                .body("status", equalTo("DISABLED")).body("disabledReason", matchesPattern("Disabled by Tandem: .*HTTP 503.*"))
                .extract();
        as(owner.admin()).queryParam("entityType", "webhook-subscription").queryParam("entityId", id).get("/api/v1/audit")
                .then().statusCode(200).body("items.action", hasItem("disabled"));

        // Disabled: replay waits until it is enabled; then the receiver works again and takes it.
        as(owner.admin()).post("/api/v1/webhooks/" + id + "/deliveries/" + delivery.id + "/replay").then().statusCode(409);
        as(owner.admin()).body(Map.of("url", receiver.url(), "eventTypes", List.of("partnership.updated"), "active", true,
                "version", disabled.<Number>path("version").longValue())).put("/api/v1/webhooks/" + id)
                .then().statusCode(200).body("status", equalTo("ACTIVE")).body("disabledReason", nullValue());
        receiver.answer(200);
        as(owner.admin()).post("/api/v1/webhooks/" + id + "/deliveries/" + delivery.id + "/replay").then().statusCode(200)
                .body("status", equalTo("PENDING"));
        sender.sendDue();
        assertEquals(first.id(), receiver.next(10).id(), "a replay keeps the webhook-id");
        assertEquals(DeliveryStatus.DELIVERED, deliveryOf(id).status);
    }

    @Test
    void badSubscriptionsAreRefusedNamingTheField() {
        as(participant.partner()).body(Map.of("url", "not a url at all", "eventTypes", List.of("feedback.*")))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors.field", hasItem("url"));
        as(participant.partner()).body(Map.of("url", "ftp://hooks.example.org/x", "eventTypes", List.of("feedback.*")))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors.field", hasItem("url"));
        as(participant.partner()).body(Map.of("url", receiver.url(), "eventTypes", List.of("claim.approved")))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors.field", hasItem("eventTypes"));
        as(participant.partner()).body(Map.of("url", receiver.url(), "eventTypes", List.of()))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors.field", hasItem("eventTypes"));
    }

    @Test
    void outsideDevelopmentOnlyPublicHttpsAddressesAreAccepted() {
        assertEquals("https://hooks.example.org/x", WebhookUrls.checked("https://hooks.example.org/x", false).toString());
        for (String url : List.of("http://hooks.example.org/x", "https://localhost/x", "https://127.0.0.1/x",
                "https://10.1.2.3/x", "https://192.168.0.7/x", "https://169.254.169.254/latest", "https://[::1]/x",
                "https://user:pass@hooks.example.org/x")) {
            try {
                WebhookUrls.checked(url, false);
                throw new AssertionError(url + " was accepted");
            } catch (org.tandem.common.problem.ProblemException refused) {
                assertEquals("url", refused.errors().get(0).field(), url);
            }
        }
    }

    @Test
    void theCatalogueOffersPartnerEventsOnly() {
        List<String> types = as(participant.partner()).get("/api/v1/webhooks/event-types").then().statusCode(200)
                .extract().path("type");
        assertTrue(types.containsAll(List.of("outcome.published", "outcome.*", "meeting.cancelled", "feedback.created")));
        assertTrue(types.stream().noneMatch(t -> t.startsWith("claim") || t.startsWith("person") || t.startsWith("attendance")
                || t.startsWith("budget") || t.contains("contributor")), "no people, registers, claims or money: " + types);
    }

    private void dispatchAndSend() throws Exception {
        while (dispatcher.dispatchBatch(500) > 0) {
            // every waiting event, from this test and any other
        }
        sender.sendDue();
    }

    private static WebhookDelivery deliveryOf(String subscriptionId) {
        return QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.<WebhookDelivery>find("subscriptionId",
                UUID.fromString(subscriptionId)).singleResult());
    }
}
