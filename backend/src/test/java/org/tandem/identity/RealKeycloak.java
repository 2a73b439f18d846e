package org.tandem.identity;

import static io.restassured.RestAssured.given;
import static org.tandem.support.Api.as;

import java.util.Map;

/**
 * The Keycloak that bin/test starts with the committed realm (infra/keycloak/tandem-realm.json): its address, tokens
 * of the realm's demo users and partner client, and the organisations those users belong to.
 */
public final class RealKeycloak {
    public static final String DEMO_PASSWORD = "tandem-demo";
    public static final String PARTNER_CLIENT = "partner-demo";
    public static final String PARTNER_SECRET = "partner-demo-secret";

    private RealKeycloak() {}

    public static String url() {
        String url = System.getenv("TANDEM_TEST_KEYCLOAK_URL");
        return url == null || url.isBlank() ? "http://localhost:8181" : url;
    }

    public static String tokenUrl() {
        return url() + "/realms/tandem/protocol/openid-connect/token";
    }

    /** A demo user's token, from the dev-only `tandem-cli` client with the password grant. */
    public static String userToken(String username) {
        return given().formParam("grant_type", "password").formParam("client_id", "tandem-cli")
                .formParam("username", username).formParam("password", DEMO_PASSWORD)
                .post(tokenUrl()).then().statusCode(200).extract().path("access_token");
    }

    /** Registers the organisations the realm's users belong to, unless the demo data or another test already did. */
    public static void registerTheRealmsOrganisations() {
        ensureOrganisation("sel-icb-lewisham", "NHS South East London ICB (Lewisham)", "NHS_BODY");
        ensureOrganisation("healthwatch-lewisham", "Healthwatch Lewisham", "HEALTHWATCH");
        ensureOrganisation("healthwatch-cumbria", "Healthwatch Cumbria", "HEALTHWATCH");
    }

    /** The id of a registered organisation, looked up by its code. */
    public static String organisationId(String code) {
        return as(userToken("platform-admin")).queryParam("q", code).get("/api/v1/organisations")
                .then().statusCode(200).extract().path("items.find { it.code == '" + code + "' }.id");
    }

    private static void ensureOrganisation(String code, String name, String kind) {
        if (organisationId(code) == null) {
            as(userToken("platform-admin")).body(Map.of("code", code, "name", name, "kind", kind))
                    .post("/api/v1/organisations").then().statusCode(201);
        }
    }
}
