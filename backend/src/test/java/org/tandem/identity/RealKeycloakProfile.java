package org.tandem.identity;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Verifies tokens against the real Keycloak that bin/test starts, instead of the test signing key. */
public class RealKeycloakProfile implements QuarkusTestProfile {
    static String keycloakUrl() {
        String url = System.getenv("TANDEM_TEST_KEYCLOAK_URL");
        return url == null || url.isBlank() ? "http://localhost:8181" : url;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.auth-server-url", keycloakUrl() + "/realms/tandem",
                "quarkus.oidc.public-key", "",
                "quarkus.oidc.token.issuer", "");
    }
}
