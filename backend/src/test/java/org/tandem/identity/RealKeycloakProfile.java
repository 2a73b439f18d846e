package org.tandem.identity;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** Verifies tokens against the real Keycloak that bin/test starts, instead of the test signing key. */
public class RealKeycloakProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.oidc.auth-server-url", RealKeycloak.url() + "/realms/tandem",
                "quarkus.oidc.public-key", "",
                "quarkus.oidc.token.issuer", "");
    }
}
