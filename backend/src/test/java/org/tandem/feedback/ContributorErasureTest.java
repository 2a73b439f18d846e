package org.tandem.feedback;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.tandem.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;

/** Anonymising a person clears them as the contributor of feedback, by their link and by their address; what was said stays. */
@QuarkusTest
class ContributorErasureTest {
    @Inject
    AgroalDataSource dataSource;
    @Inject
    FeedbackContributors contributors;

    @Test
    void anonymisingAPersonClearsTheirLinksAndTheirAddressButNotOthers() throws SQLException {
        TestOrganisation icb = TestOrganisation.create();
        TestOrganisation elsewhere = TestOrganisation.create();
        String partnership = Fixtures.partnership(icb, "Partnership");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String email = "grace-" + unique + "@example.org";
        String grace = as(icb.staff()).body(Map.of("displayName", "Grace Mensah", "email", email, "consentToContact", true))
                .post("/api/v1/people").then().statusCode(201).extract().path("id");

        String byLink = feedback(icb, partnership, Map.of("contributorPersonId", grace, "contributorConsent", true));
        String byAddress = feedback(icb, partnership, Map.of("contributorEmail", email.toUpperCase(), "contributorConsent", true));
        String someoneElse = feedback(icb, partnership, Map.of("contributorEmail", "sam-" + unique + "@example.org",
                "contributorConsent", true));
        // The same address given to another organisation's partnership is theirs to keep or clear.
        String otherPartnership = Fixtures.partnership(elsewhere, "Elsewhere");
        String otherOrganisation = feedback(elsewhere, otherPartnership, Map.of("contributorEmail", email, "contributorConsent", true));
        String outcome = as(icb.staff()).body(Map.of("partnershipId", partnership, "youSaid", "More evening appointments",
                "feedbackIds", List.of(byLink, byAddress, someoneElse))).post("/api/v1/outcomes").then().statusCode(201)
                .extract().path("id");
        assertEquals(2, contributors.consentedContributorsOf(UUID.fromString(outcome)).size());

        as(icb.staff()).header("If-Match", "\"0\"").post("/api/v1/people/" + grace + "/anonymise").then().statusCode(200);

        for (String id : List.of(byLink, byAddress)) {
            as(icb.staff()).get("/api/v1/feedback/" + id).then().statusCode(200).body("contributor", nullValue())
                    .body("text", equalTo("What Grace said"));
            FeedbackResourceTest.trail(icb, id).body("items.action", contains("contributor-cleared", "created"));
            assertFalse(String.join("\n", FeedbackResourceTest.events(dataSource, id)).toLowerCase().contains(email));
        }
        // The entry recording the erasure is sealed with the person's key, now destroyed: it shows no address.
        FeedbackResourceTest.trail(icb, byAddress).body("items[0].changes.findAll { it.personal }.field", contains("personalData"))
                .body("items[0].changes.find { it.personal }.erased", equalTo(true));
        as(icb.staff()).get("/api/v1/feedback/" + someoneElse).then().body("contributor.email", equalTo("sam-" + unique + "@example.org"));
        as(elsewhere.staff()).get("/api/v1/feedback/" + otherOrganisation).then().body("contributor.email", equalTo(email));
        assertEquals(List.of(new FeedbackContributor(null, "sam-" + unique + "@example.org", UUID.fromString(someoneElse))),
                contributors.consentedContributorsOf(UUID.fromString(outcome)));
    }

    /** Feedback recorded by the holder's staff, with {@code contributor}'s fields. */
    static String feedback(TestOrganisation holder, String partnership, Map<String, Object> contributor) {
        Map<String, Object> body = FeedbackResourceTest.item(partnership, "What Grace said");
        body.putAll(contributor);
        return as(holder.staff()).body(body).post("/api/v1/feedback").then().statusCode(201).extract().path("id");
    }
}
