package org.tandem.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.support.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.identity.RealKeycloak;
import org.tandem.partnerclient.ApiClient;
import org.tandem.partnerclient.ApiResponse;
import org.tandem.partnerclient.api.FeedbackApi;
import org.tandem.partnerclient.api.OutcomesApi;
import org.tandem.partnerclient.api.ThemesApi;
import org.tandem.partnerclient.api.WebhooksApi;
import org.tandem.partnerclient.model.Feedback;
import org.tandem.partnerclient.model.FeedbackRequest;
import org.tandem.partnerclient.model.WebhookRequest;
import org.tandem.webhook.WebhookReceiver;

/**
 * A partner developer's afternoon, from the partner's side: a Java client generated from the committed openapi.yaml
 * (by the build, with openapi-generator), a token by the client-credentials grant at the contract's token URL, from the
 * real Keycloak, and the real backend. The partner is Healthwatch Lewisham, which takes part in a partnership of the
 * Lewisham ICB; the ICB's staff (through the plain API) set up what the partner then reads.
 */
@QuarkusTest
@TestProfile(PartnerScenarioProfile.class)
class PartnerScenarioTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL backend;

    private String partnershipId;
    private String themeId;
    private String outcomeId;

    @BeforeEach
    void theIcbSetsUpAPartnershipWithThePartner() {
        RealKeycloak.registerTheRealmsOrganisations();
        String staff = RealKeycloak.userToken("lewisham-staff");
        partnershipId = as(staff).body(Map.of("name", "Partner scenario " + UUID.randomUUID(),
                        "participantOrganisationIds", List.of(RealKeycloak.organisationId("healthwatch-lewisham"))))
                .post("/api/v1/partnerships").then().statusCode(201).extract().path("id");
        themeId = as(staff).body(Map.of("kind", "FOCUS_AREA", "name", "Getting a GP appointment " + UUID.randomUUID()))
                .post("/api/v1/themes").then().statusCode(201).extract().path("id");
        outcomeId = as(staff).body(Map.of("partnershipId", partnershipId, "youSaid", "It is hard to get a GP appointment.",
                        "weDid", "Letters now explain every option.", "themeIds", List.of(themeId), "published", true))
                .post("/api/v1/outcomes").then().statusCode(201).extract().path("id");
    }

    /** The ICB's theme tree is shared with the demo data and other tests: the scenario's theme does not stay in it. */
    @AfterEach
    void theIcbRetiresTheScenariosTheme() {
        String staff = RealKeycloak.userToken("lewisham-staff");
        Number version = as(staff).get("/api/v1/themes/" + themeId).then().statusCode(200).extract().path("version");
        as(staff).header("If-Match", "\"" + version + "\"").body(Map.of()).post("/api/v1/themes/" + themeId + "/retire")
                .then().statusCode(200);
    }

    @Test
    void aPartnerPushesFeedbackAndReadsThemesAndOutcomesThroughTheGeneratedClient() throws Exception {
        ApiClient client = PartnerClients.signedIn(backend, PartnerClients.clientCredentialsToken());

        // Pushed once, retried with the same Idempotency-Key (as after a lost answer): one record.
        String key = "partner-scenario-" + UUID.randomUUID();
        FeedbackRequest request = new FeedbackRequest().partnershipId(UUID.fromString(partnershipId))
                .text("Nobody explains the options for an appointment.").receivedOn(LocalDate.of(2024, 7, 18))
                .area("Lewisham North");
        FeedbackApi feedback = new FeedbackApi(client);
        ApiResponse<Feedback> first = feedback.createFeedbackWithHttpInfo(FeedbackApi.APICreateFeedbackRequest.newBuilder()
                .feedbackRequest(request).idempotencyKey(key).build());
        ApiResponse<Feedback> retried = feedback.createFeedbackWithHttpInfo(FeedbackApi.APICreateFeedbackRequest.newBuilder()
                .feedbackRequest(request).idempotencyKey(key).build());
        assertEquals(201, first.getStatusCode());
        assertEquals(first.getData().getId(), retried.getData().getId(), "a retry with the same key answers the same record");
        var pushed = feedback.listFeedback(FeedbackApi.APIListFeedbackRequest.newBuilder()
                .partnershipId(UUID.fromString(partnershipId)).build());
        assertEquals(1, pushed.getItems().size(), "the retry created nothing");

        var themes = new ThemesApi(client).listThemes(ThemesApi.APIListThemesRequest.newBuilder()
                .partnershipId(UUID.fromString(partnershipId)).build());
        assertTrue(themes.stream().anyMatch(theme -> theme.getId().toString().equals(themeId)), "the partnership's themes");

        var outcomes = new OutcomesApi(client).listOutcomes(OutcomesApi.APIListOutcomesRequest.newBuilder()
                .partnershipId(UUID.fromString(partnershipId)).build());
        assertEquals(List.of(UUID.fromString(outcomeId)), outcomes.getItems().stream().map(o -> o.getId()).toList());

        // Told rather than polling: a webhook to a real receiver, sent by the backend's own schedule.
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            var subscription = new WebhooksApi(client).createWebhook(WebhooksApi.APICreateWebhookRequest.newBuilder()
                    .webhookRequest(new WebhookRequest().url(receiver.url()).eventTypes(new LinkedHashSet<>(List.of("feedback.created")))
                            .description("Partner scenario")).build());
            String secret = subscription.getSecret();
            Feedback later = feedback.createFeedback(FeedbackApi.APICreateFeedbackRequest.newBuilder()
                    .feedbackRequest(request.text("The phone line closes at noon.")).idempotencyKey(key + "-2").build());
            WebhookReceiver.Received hook = awaitEventAbout(receiver, later.getId());
            assertTrue(hook.verifiesWith(secret), "signed as Standard Webhooks says, with the secret given at subscription");
            JsonNode event = JSON.readTree(hook.body());
            assertEquals("feedback.created", event.path("type").asText());
            assertTrue(!hook.body().contains("phone line"), "the event holds no content: " + hook.body());
            // The event says where to read the record; the partner reads it there as its role may.
            assertEquals("/api/v1/feedback/" + later.getId(), event.path("data").path("href").asText());
            assertEquals("The phone line closes at noon.", feedback.getFeedback(FeedbackApi.APIGetFeedbackRequest.newBuilder()
                    .id(later.getId()).build()).getText());
        }
    }

    /** Events of other records the partner may see can come first; the one about {@code entityId} comes within 30 s. */
    private static WebhookReceiver.Received awaitEventAbout(WebhookReceiver receiver, UUID entityId) throws Exception {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            WebhookReceiver.Received hook = receiver.next(1);
            if (hook != null && JSON.readTree(hook.body()).path("data").path("entityId").asText().equals(entityId.toString())) {
                return hook;
            }
        }
        throw new AssertionError("no webhook about " + entityId + " within 30 seconds");
    }

    /** The contract declares where partners get tokens; the test's Keycloak serves that path. */
    static String tokenPath() throws Exception {
        JsonNode contract = new ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
                .readTree(java.nio.file.Path.of("..", "openapi.yaml").toFile());
        for (JsonNode scheme : contract.path("components").path("securitySchemes")) {
            JsonNode tokenUrl = scheme.path("flows").path("clientCredentials").path("tokenUrl");
            if (tokenUrl.isTextual()) {
                return URI.create(tokenUrl.asText()).getPath();
            }
        }
        throw new AssertionError("the contract declares no client-credentials flow");
    }

}
