package org.tandem.person;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tandem.support.Fixtures;
import org.tandem.support.TestOrganisation;
import org.tandem.support.Tokens;

/**
 * Anonymising a person on request leaves nothing readable of them in the audit trail (their record's history, the
 * titles they held as a member, their name as the author of changes) nor in the events, and the chain still verifies.
 */
@QuarkusTest
class PersonErasureTest {
    private static final List<String> TRAIL_TABLES = List.of("audit_entry", "audit_actor", "outbox_event");

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anonymisingLeavesNoReadablePersonalDataInTheTrailAndTheChainStillVerifies() throws SQLException {
        TestOrganisation hw = TestOrganisation.create();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "Zebedee Quillfeather " + unique;
        String renamed = "Zebedee Quillfeather-Marsh " + unique;
        String email = "zq-" + unique + "@example.org";
        String needs = "Hearing loop " + unique;
        String title = "Carers' champion " + unique;
        List<String> secrets = List.of(name, renamed, email, needs, title);

        String person = as(hw.staff()).body(Map.of("displayName", name, "email", email, "accessibilityNeeds", needs,
                "phone", "020 7946 0099", "consentToContact", true)).post("/api/v1/people").then().statusCode(201).extract().path("id");
        as(hw.staff()).body(Map.of("displayName", renamed, "email", email, "accessibilityNeeds", needs + " and large print",
                "affiliation", "Lewisham carers", "version", 0)).put("/api/v1/people/" + person).then().statusCode(200);
        String partnership = Fixtures.partnership(hw, "Carers' group");
        as(hw.staff()).body(Map.of("personId", person, "role", "MEMBER", "title", title))
                .post("/api/v1/partnerships/" + partnership + "/members").then().statusCode(201);
        // They act themselves too, through a sign-in linked to their record: the trail names them as its author.
        String subject = UUID.randomUUID().toString();
        as(hw.staff()).body(Map.of("userSubject", subject)).put("/api/v1/claimants/" + person + "/account").then().statusCode(200);
        String board = as(signedInAs(subject, renamed, hw.code())).body(Map.of("name", "Carers' board"))
                .post("/api/v1/boards").then().statusCode(201).extract().path("id");

        // Before: their values are in the history for the organisation's admins, and their name as an author.
        as(hw.admin()).queryParam("entityType", "person").queryParam("entityId", person).get("/api/v1/audit").then()
                .statusCode(200).body("totalItems", equalTo(2))
                .body("items[0].changes.find { it.field == 'displayName' }.before", equalTo(name))
                .body("items[0].changes.find { it.field == 'displayName' }.after", equalTo(renamed))
                .body("items[1].changes.find { it.field == 'email' }.after", equalTo(email));
        as(hw.admin()).queryParam("entityType", "board").queryParam("entityId", board).get("/api/v1/audit").then()
                .body("items[0].actor.name", equalTo(renamed));
        assertTrue(rowsHolding(renamed) > 0, "the scan below must be able to find a name: the author's is there");

        as(hw.staff()).header("If-Match", "\"1\"").post("/api/v1/people/" + person + "/anonymise").then().statusCode(200)
                .body("displayName", equalTo(Person.ANONYMISED_NAME));

        // After: the history shows that they changed, not what they were.
        String history = as(hw.admin()).queryParam("entityType", "person").queryParam("entityId", person).get("/api/v1/audit")
                .then().statusCode(200)
                .body("totalItems", equalTo(3))
                .body("items.action", equalTo(List.of("anonymised", "updated", "created")))
                .body("items.changes.flatten().findAll { it.personal }.size()", equalTo(3))
                .body("items.changes.flatten().findAll { it.personal }.erased", everyItem(equalTo(true)))
                .body("items.changes.flatten().findAll { it.personal }.before", everyItem(equalTo(null)))
                .body("items[0].changes.field", hasItem("anonymisedAt"))
                .body("items.changes.flatten().field", not(hasItem("displayName")))
                .extract().asString();
        String membership = as(hw.admin()).queryParam("entityId", partnership).get("/api/v1/audit").then().statusCode(200)
                .body("items.entityType", equalTo(List.of("partnership-member", "partnership")))
                .body("items[0].changes.find { it.personal }.erased", equalTo(true)).extract().asString();
        String authored = as(hw.admin()).queryParam("entityType", "board").queryParam("entityId", board).get("/api/v1/audit")
                .then().statusCode(200).body("items[0].actor.name", equalTo("Anonymised person"))
                .body("items[0].summary", equalTo("Anonymised person: board created")).extract().asString();
        String csv = as(hw.admin()).accept("text/csv").get("/api/v1/audit/export.csv").then().statusCode(200).extract().asString();
        for (String secret : secrets) {
            for (String answer : List.of(history, membership, authored, csv)) {
                assertFalse(answer.contains(secret), "the trail as read still shows " + secret + ": " + answer);
            }
        }
        // Nor does the database hold any of it in readable form.
        for (String secret : secrets) {
            assertEquals(0, rowsHolding(secret), "rows of the trail's tables still holding " + secret);
        }
        assertEquals(0, keysOf(person), "the person's key is destroyed");

        as(Tokens.platformAdmin()).get("/api/v1/audit/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    /** Rows of the trail's tables (entries, actor names, events) whose text holds {@code text}. */
    private long rowsHolding(String text) throws SQLException {
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            for (String table : TRAIL_TABLES) {
                try (PreparedStatement query = connection.prepareStatement(
                        "SELECT count(*) FROM " + table + " t WHERE strpos(lower(t::text), lower(?)) > 0")) {
                    query.setString(1, text);
                    try (ResultSet row = query.executeQuery()) {
                        row.next();
                        rows += row.getLong(1);
                    }
                }
            }
        }
        return rows;
    }

    private long keysOf(String person) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM audit_subject_key WHERE person_id = ?::uuid")) {
            query.setString(1, person);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** A member of staff who is also in the directory, signed in with the sign-in linked to their record. */
    private static String signedInAs(String subject, String name, String organisationCode) {
        return Jwt.subject(subject).claim("preferred_username", "zq").claim("name", name).claim("roles", Set.of("staff"))
                .claim("organisation", organisationCode).audience(Tokens.AUDIENCE).expiresIn(600).sign();
    }
}
