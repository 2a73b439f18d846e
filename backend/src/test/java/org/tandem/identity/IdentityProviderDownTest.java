package org.tandem.identity;

import static org.hamcrest.Matchers.equalTo;
import static org.tandem.support.Api.anonymous;
import static org.tandem.support.Api.as;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tandem.support.Tokens;

/** When Keycloak cannot be reached, callers learn the sign-in service is down (503), not that the server broke. */
@QuarkusTest
@TestProfile(IdentityProviderDownTest.UnreachableKeycloak.class)
class IdentityProviderDownTest {

    public static class UnreachableKeycloak implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.oidc.auth-server-url", "http://127.0.0.1:1/realms/tandem",
                    "quarkus.oidc.public-key", "",
                    "quarkus.oidc.token.issuer", "",
                    "quarkus.oidc.connection-timeout", "1S");
        }
    }

    @Test
    void bearerTokensGetAServiceUnavailableProblem() {
        as(Tokens.user("staff", "any-organisation")).get("/api/v1/partnerships")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("title", equalTo("Sign-in service unavailable"));
    }

    @Test
    void healthAndTheContractStillAnswer() {
        anonymous().get("/q/health/live").then().statusCode(200);
        anonymous().get("/q/openapi").then().statusCode(200);
    }
}
