package org.tandem.ratelimit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.tandem.ratelimit.SmallRateLimitsProfile.QUOTA;
import static org.tandem.support.Api.as;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.support.TestOrganisation;
import org.tandem.support.Tokens;

@QuarkusTest
@TestProfile(SmallRateLimitsProfile.class)
class RateLimitTest {
    private static final Pattern REMAINING = Pattern.compile("^\"(\\w+)\";r=(\\d+);t=(\\d+)$");

    @Inject
    AgroalDataSource dataSource;

    private TestOrganisation organisation;

    @BeforeEach
    void setUp() throws Exception {
        organisation = TestOrganisation.create();
        awayFromTheEndOfAWindow();
    }

    @Test
    void everyAnswerStatesThePolicyAndCountsDown() {
        String staff = organisation.staff();
        for (int i = 1; i <= QUOTA; i++) {
            Response answer = as(staff).get("/api/v1/partnerships");
            answer.then().statusCode(200).header("RateLimit-Policy", "\"user\";q=" + QUOTA + ";w=60");
            assertEquals(QUOTA - i, remaining(answer, "user"));
        }
        // Errors count and carry the headers too.
        Response notFound = as(organisation.staff()).get("/api/v1/partnerships/" + UUID.randomUUID());
        notFound.then().statusCode(404).header("RateLimit-Policy", startsWith("\"user\""));
        assertEquals(QUOTA - 1, remaining(notFound, "user"));
    }

    @Test
    void theRequestOverTheQuotaIsA429ProblemWithRetryAfterAndIsNotRun() {
        String staff = organisation.staff();
        for (int i = 0; i < QUOTA; i++) {
            as(staff).get("/api/v1/partnerships").then().statusCode(200);
        }
        Response refused = as(staff).body("{\"name\":\"Never made\"}").post("/api/v1/partnerships");
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", endsWith("/problems/rate-limited"))
                .body("status", equalTo(429))
                .body("detail", startsWith("More than " + QUOTA + " requests in 60 seconds under the 'user' rate limit"))
                .header("RateLimit-Policy", "\"user\";q=" + QUOTA + ";w=60");
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        assertEquals(0, remaining(refused, "user"));

        as(organisation.admin()).get("/api/v1/partnerships").then().statusCode(200)
                .body("items.name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("Never made")));
    }

    @Test
    void anotherUserIsNotAffected() {
        String staff = organisation.staff();
        for (int i = 0; i <= QUOTA; i++) {
            as(staff).get("/api/v1/partnerships");
        }
        as(staff).get("/api/v1/partnerships").then().statusCode(429);
        Response other = as(organisation.staff()).get("/api/v1/partnerships");
        other.then().statusCode(200);
        assertEquals(QUOTA - 1, remaining(other, "user"));
    }

    @Test
    void aPartnerSystemIsCountedPerClientWhateverItsToken() {
        String client = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 1; i <= QUOTA; i++) {
            Response answer = as(partnerToken(client)).get("/api/v1/feedback");
            answer.then().statusCode(200).header("RateLimit-Policy", "\"partner\";q=" + QUOTA + ";w=60");
            assertEquals(QUOTA - i, remaining(answer, "partner"));
        }
        as(partnerToken(client)).get("/api/v1/feedback").then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());

        Response otherClient = as(partnerToken("partner-" + UUID.randomUUID().toString().substring(0, 8))).get("/api/v1/feedback");
        otherClient.then().statusCode(200);
        assertEquals(QUOTA - 1, remaining(otherClient, "partner"));
    }

    @Test
    void publicViewsAreLimitedPerClientAddress() {
        String address = randomAddress();
        String outcomes = "/api/v1/public/partnerships/" + UUID.randomUUID() + "/outcomes";
        for (int i = 1; i <= QUOTA; i++) {
            Response answer = given().header("X-Forwarded-For", address).get(outcomes);
            answer.then().statusCode(404).header("RateLimit-Policy", "\"public\";q=" + QUOTA + ";w=60");
            assertEquals(QUOTA - i, remaining(answer, "public"));
        }
        given().header("X-Forwarded-For", address).get(outcomes).then().statusCode(429)
                .contentType("application/problem+json").body("type", endsWith("/problems/rate-limited"));
        // Signed in or not, a public view counts against the address.
        given().header("X-Forwarded-For", address).auth().oauth2(organisation.staff()).get(outcomes).then().statusCode(429);

        Response elsewhere = given().header("X-Forwarded-For", randomAddress()).get(outcomes);
        elsewhere.then().statusCode(404);
        assertEquals(QUOTA - 1, remaining(elsewhere, "public"));
    }

    @Test
    void aRequestWithoutAValidTokenCountsAgainstItsAddress() {
        String address = randomAddress();
        Response noToken = given().header("X-Forwarded-For", address).get("/api/v1/partnerships");
        noToken.then().statusCode(401);
        assertEquals(QUOTA - 1, remaining(noToken, "public"));
        Response badToken = given().header("X-Forwarded-For", address).auth().oauth2("not-a-token").get("/api/v1/partnerships");
        badToken.then().statusCode(401);
        assertEquals(QUOTA - 2, remaining(badToken, "public"));
    }

    @Test
    void requestsCountedByAnotherInstanceCountToo() throws SQLException {
        String subject = UUID.randomUUID().toString();
        String token = Jwt.subject(subject).claim("preferred_username", "staff-" + subject.substring(0, 8))
                .claim("roles", Set.of("staff")).claim("organisation", organisation.code())
                .audience(Tokens.AUDIENCE).expiresIn(600).sign();
        countedElsewhere("user:" + subject, QUOTA - 1);

        Response last = as(token).get("/api/v1/partnerships");
        last.then().statusCode(200);
        assertEquals(0, remaining(last, "user"));
        as(token).get("/api/v1/partnerships").then().statusCode(429);
    }

    @Test
    void healthAndTheContractAreNotLimited() {
        given().get("/q/health/live").then().statusCode(200).header("RateLimit", nullValue());
        given().get("/q/openapi").then().statusCode(200).header("RateLimit", nullValue());
    }

    private String partnerToken(String client) {
        return Jwt.subject(UUID.randomUUID().toString()).claim("azp", client)
                .claim("preferred_username", "service-account-" + client).claim("roles", Set.of("partner"))
                .claim("organisation", organisation.code()).audience(Tokens.AUDIENCE).expiresIn(600).sign();
    }

    private static int remaining(Response answer, String policy) {
        String field = answer.header("RateLimit");
        assertNotNull(field, "RateLimit header");
        Matcher m = REMAINING.matcher(field);
        assertTrue(m.matches(), "RateLimit " + field);
        assertEquals(policy, m.group(1));
        int reset = Integer.parseInt(m.group(3));
        assertTrue(reset >= 1 && reset <= 60, "t=" + reset);
        return Integer.parseInt(m.group(2));
    }

    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** A row as another instance of the backend writes it, in the database's current window. */
    private void countedElsewhere(String bucket, int hits) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO rate_limit_window (bucket, window_start, hits) VALUES (?, date_bin(interval '60 seconds', now(), "
                        + "timestamptz '1970-01-01 00:00:00+00'), ?)")) {
            insert.setString(1, bucket);
            insert.setInt(2, hits);
            insert.executeUpdate();
        }
    }

    /** Each test's requests must fall in one window: wait for the next when this one ends within a few seconds. */
    private void awayFromTheEndOfAWindow() throws SQLException, InterruptedException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT 60 - extract(epoch from now() - date_bin(interval '60 seconds', now(), timestamptz '1970-01-01 00:00:00+00'))");
                ResultSet row = query.executeQuery()) {
            row.next();
            double left = row.getDouble(1);
            if (left < 10) {
                Thread.sleep((long) (left * 1000) + 200);
            }
        }
    }
}
