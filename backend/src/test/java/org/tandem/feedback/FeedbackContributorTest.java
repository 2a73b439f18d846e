package org.tandem.feedback;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.tandem.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.publicview.PublicLinks;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;
import org.tandem.support.Tokens;

/** Who gave feedback: kept only with consent, seen only by who may see people's contacts, and asked for by outcomes. */
@QuarkusTest
class FeedbackContributorTest {
    @Inject
    AgroalDataSource dataSource;
    @Inject
    FeedbackContributors contributors;
    @Inject
    PublicLinks links;

    @Test
    void anEmailIsKeptWithConsentAndShownOnlyToWhoMaySeeContacts() throws SQLException {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation healthwatch = TestOrganisation.create();
        String partnership = FeedbackResourceTest.partnershipWith(icb, healthwatch);
        String email = "sam-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String id = as(icb.staff()).body(withEmail(partnership, email, true)).post("/api/v1/feedback").then().statusCode(201)
                .body("contributor.email", equalTo(email)).body("contributor.personId", nullValue())
                .body("contributor.consentedAt", notNullValue()).extract().path("id");

        as(icb.staff()).get("/api/v1/feedback/" + id).then().statusCode(200).body("contributor.email", equalTo(email));
        as(icb.admin()).queryParam("partnershipId", partnership).get("/api/v1/feedback").then().statusCode(200)
                .body("items.contributor.email", contains(email));
        // Everyone else reads the feedback without anyone behind it: analysts, the participants' staff, partners.
        for (String reader : List.of(icb.analyst(), healthwatch.staff(), healthwatch.admin(), Tokens.partnerClient(icb.code()))) {
            String one = as(reader).get("/api/v1/feedback/" + id).then().statusCode(200).body("contributor", nullValue())
                    .extract().asString();
            String list = as(reader).queryParam("partnershipId", partnership).get("/api/v1/feedback").then().statusCode(200)
                    .body("items.contributor", everyItem(nullValue())).extract().asString();
            assertFalse(one.contains(email) || list.contains(email), "the address reached a reader who may not see it");
        }
        // Nor do exports (any format), the events webhooks are made of, or the public page hold it.
        List<String> answers = new ArrayList<>();
        for (String format : List.of("csv", "ndjson", "json")) {
            answers.add(as(icb.admin()).queryParam("format", format).queryParam("partnershipId", partnership)
                    .get("/api/v1/exports/feedback").then().statusCode(200).extract().asString());
        }
        answers.add(as(icb.analyst()).queryParam("format", "csv").get("/api/v1/exports/feedback").then().statusCode(200)
                .extract().asString());
        answers.add(as(icb.admin()).get("/api/v1/public/partnerships/" + partnership + "/outcomes").then().statusCode(200)
                .extract().asString());
        answers.addAll(events(id));
        for (String answer : answers) {
            assertFalse(answer.contains(email), "the contributor's address leaked: " + answer);
        }
        // In the trail, it is personal: the holder's admins read it, it is marked so.
        FeedbackResourceTest.trail(icb, id).body("items[0].changes.find { it.field == 'contributorEmail' }.personal", equalTo(true))
                .body("items[0].changes.find { it.field == 'contributorEmail' }.after", equalTo(email));
    }

    @Test
    void anEmailWithoutConsentOrAPersonOfAnotherDirectoryIsRefusedNamingTheField() {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation other = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "Partnership");
        as(icb.staff()).body(withEmail(partnership, "sam@example.org", false)).post("/api/v1/feedback").then().statusCode(400)
                .body("errors.field", contains("contributorConsent"));
        Map<String, Object> noConsentGiven = withEmail(partnership, "sam@example.org", false);
        noConsentGiven.remove("contributorConsent");
        as(icb.staff()).body(noConsentGiven).post("/api/v1/feedback").then().statusCode(400)
                .body("errors.field", contains("contributorConsent"));
        as(icb.staff()).body(List.of(FeedbackResourceTest.item(partnership, "Fine"), withEmail(partnership, "sam@example.org", false)))
                .post("/api/v1/feedback/bulk").then().statusCode(400).body("errors.field", contains("items[1].contributorConsent"));
        Map<String, Object> stranger = FeedbackResourceTest.item(partnership, "From someone of another directory");
        stranger.put("contributorPersonId", Fixtures.person(other, "Someone Else"));
        as(icb.staff()).body(stranger).post("/api/v1/feedback").then().statusCode(400).body("errors.field", contains("contributorPersonId"));
        Map<String, Object> notAnEmail = withEmail(partnership, "not an address", true);
        as(icb.staff()).body(notAnEmail).post("/api/v1/feedback").then().statusCode(400).body("errors.field", contains("contributorEmail"));
    }

    @Test
    void staffRecordAndClearWhoGaveFeedbackWithItsVersion() throws SQLException {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation healthwatch = TestOrganisation.create();
        String partnership = FeedbackResourceTest.partnershipWith(icb, healthwatch);
        String person = Fixtures.person(icb, "Grace Mensah");
        String id = as(icb.staff()).body(FeedbackResourceTest.item(partnership, "No one behind it yet")).post("/api/v1/feedback")
                .then().statusCode(201).body("contributor", nullValue()).extract().path("id");
        String path = "/api/v1/feedback/" + id + "/contributor";

        as(healthwatch.staff()).header("If-Match", "\"0\"").body(Map.of("personId", person)).put(path).then().statusCode(403);
        as(icb.analyst()).header("If-Match", "\"0\"").body(Map.of("personId", person)).put(path).then().statusCode(403);
        as(icb.staff()).body(Map.of("personId", person)).put(path).then().statusCode(400).body("errors.field", contains("version"));
        as(icb.staff()).header("If-Match", "\"0\"").body(Map.of("email", "grace@example.org")).put(path).then().statusCode(400)
                .body("errors.field", contains("consent"));
        as(icb.staff()).header("If-Match", "\"0\"").body(Map.of("personId", person, "consent", true)).put(path).then().statusCode(200)
                .header("ETag", "\"1\"").body("contributor.personId", equalTo(person)).body("contributor.name", equalTo("Grace Mensah"))
                .body("contributor.consentedAt", notNullValue());
        as(icb.staff()).header("If-Match", "\"0\"").body(Map.of()).put(path).then().statusCode(412);
        as(icb.staff()).body(Map.of("version", 1)).put(path).then().statusCode(200).header("ETag", "\"2\"")
                .body("contributor", nullValue());
        // Clearing what is already clear changes nothing and records nothing.
        as(icb.staff()).body(Map.of("version", 2)).put(path).then().statusCode(200);

        FeedbackResourceTest.trail(icb, id).body("items.action", contains("contributor-cleared", "contributor-recorded", "created"));
        List<String> types = events(id).stream().map(e -> e.substring(0, e.indexOf(' '))).toList();
        assertEquals(List.of("feedback.created", "feedback.contributor-recorded", "feedback.contributor-cleared"), types);
        assertFalse(String.join("\n", events(id)).contains(person), "who gave it never reaches an event");
    }

    @Test
    void theConsentedContributorsOfAnOutcomeAreEachPersonAndAddressOnce() {
        TestOrganisation icb = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "Partnership");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String graceEmail = "grace-" + unique + "@example.org";
        String grace = as(icb.staff()).body(Map.of("displayName", "Grace Mensah", "email", graceEmail)).post("/api/v1/people")
                .then().statusCode(201).extract().path("id");
        String sam = Fixtures.person(icb, "Sam Okafor");
        String bare = "resident-" + unique + "@example.org";

        List<String> linked = new ArrayList<>();
        String graceFirst = ContributorErasureTest.feedback(icb, partnership, Map.of("contributorPersonId", grace, "contributorConsent", true));
        linked.add(graceFirst);
        linked.add(ContributorErasureTest.feedback(icb, partnership, Map.of("contributorPersonId", grace, "contributorConsent", true)));
        String bareFirst = ContributorErasureTest.feedback(icb, partnership, Map.of("contributorEmail", bare, "contributorConsent", true));
        linked.add(bareFirst);
        linked.add(ContributorErasureTest.feedback(icb, partnership, Map.of("contributorEmail", bare.toUpperCase(), "contributorConsent", true)));
        linked.add(ContributorErasureTest.feedback(icb, partnership, Map.of("contributorEmail", graceEmail, "contributorConsent", true)));
        linked.add(ContributorErasureTest.feedback(icb, partnership, Map.of("contributorPersonId", sam))); // no consent: never contacted
        linked.add(ContributorErasureTest.feedback(icb, partnership, Map.of()));
        String unlinked = ContributorErasureTest.feedback(icb, partnership, Map.of("contributorEmail", "elsewhere-" + unique + "@example.org", "contributorConsent", true));
        String outcome = as(icb.staff()).body(Map.of("partnershipId", partnership, "youSaid", "GP appointments are hard to get",
                "feedbackIds", linked)).post("/api/v1/outcomes").then().statusCode(201).extract().path("id");

        List<FeedbackContributor> found = contributors.consentedContributorsOf(UUID.fromString(outcome));
        assertEquals(List.of(new FeedbackContributor(UUID.fromString(grace), graceEmail, UUID.fromString(graceFirst)),
                new FeedbackContributor(null, bare, UUID.fromString(bareFirst))), found);
        assertFalse(found.toString().contains(unlinked));

        URI link = links.outcome(UUID.fromString(partnership), UUID.fromString(outcome));
        assertEquals("http://localhost:5173/public/partnerships/" + partnership + "#outcome-" + outcome, link.toString());
    }

    static Map<String, Object> withEmail(String partnership, String email, boolean consent) {
        Map<String, Object> body = new HashMap<>(FeedbackResourceTest.item(partnership, "Tell me what you do about it"));
        body.put("contributorEmail", email);
        body.put("contributorConsent", consent);
        return body;
    }

    private List<String> events(String entityId) throws SQLException {
        return FeedbackResourceTest.events(dataSource, entityId);
    }
}
