package org.tandem.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tandem.support.Tokens;

/**
 * End to end through the real identity provider: tokens come from the Keycloak realm that bin/test starts
 * (the committed infra/keycloak/tandem-realm.json), and the backend checks them against its keys.
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
class RealKeycloakLoginTest {
    private static final String ORGANISATION = "sel-icb-lewisham";

    @BeforeEach
    void registerTheRealmsOrganisations() {
        RealKeycloak.registerTheRealmsOrganisations();
    }

    @Test
    void staffSignedInThroughKeycloakWorkWithTheirOrganisationsPartnerships() {
        String staff = userToken("lewisham-staff");
        String name = "Created with a real Keycloak token " + System.nanoTime();
        String id = as(staff).body(Map.of("name", name)).post("/api/v1/partnerships")
                .then().statusCode(201).extract().path("id");
        as(staff).get("/api/v1/partnerships/" + id).then().statusCode(200)
                .body("name", equalTo(name)).body("canEdit", equalTo(true));
        // Another role of the organisation reads it (a member linked to a person reads only their own partnerships).
        as(userToken("lewisham-analyst")).queryParam("q", name).get("/api/v1/partnerships").then().statusCode(200)
                .body("items.id", hasItem(id));
    }

    @Test
    void realmRolesFromKeycloakAreEnforced() {
        as(userToken("lewisham-member")).body(Map.of("name", "Members cannot create partnerships"))
                .post("/api/v1/partnerships").then().statusCode(403);
        String lewishamOnly = as(userToken("lewisham-staff")).body(Map.of("name", "Lewisham only"))
                .post("/api/v1/partnerships").then().statusCode(201).extract().path("id");
        as(userToken("cumbria-staff")).get("/api/v1/partnerships/" + lewishamOnly).then().statusCode(404);
    }

    @Test
    void partnerClientCredentialsAreAccepted() {
        String token = given().formParam("grant_type", "client_credentials")
                .formParam("client_id", RealKeycloak.PARTNER_CLIENT).formParam("client_secret", RealKeycloak.PARTNER_SECRET)
                .post(RealKeycloak.tokenUrl())
                .then().statusCode(200).extract().path("access_token");
        // The service account carries the partner's organisation (healthwatch-lewisham), which scopes what it sees.
        as(token).get("/api/v1/partnerships").then().statusCode(200);
        as(token).body(Map.of("name", "Partners do not create partnerships")).post("/api/v1/partnerships")
                .then().statusCode(403);
    }

    @Test
    void aForgedTokenIsRejected() {
        as(Tokens.user("admin", ORGANISATION)).get("/api/v1/partnerships").then().statusCode(401);
    }

    private static String userToken(String username) {
        return RealKeycloak.userToken(username);
    }
}
