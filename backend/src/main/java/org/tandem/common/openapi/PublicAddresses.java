package org.tandem.common.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Where a client finds the API and gets its tokens: the contract's servers and its OAuth2 security scheme.
 * The committed contract is built with the local bin/run addresses (DEFAULTS). A deployment's build names its own
 * through tandem.api.public-url, tandem.api.token-url and tandem.api.authorization-url (TANDEM_API_PUBLIC_URL,
 * TANDEM_API_TOKEN_URL, TANDEM_API_AUTHORIZATION_URL); a running service can also name its server with
 * quarkus.smallrye-openapi.servers (QUARKUS_SMALLRYE_OPENAPI_SERVERS), which Quarkus applies when it starts.
 */
record PublicAddresses(String publicUrl, String tokenUrl, String authorizationUrl) {
    static final String SCHEME = "keycloak";
    private static final String LOCAL_REALM = "http://localhost:8180/realms/tandem/protocol/openid-connect";
    static final PublicAddresses DEFAULTS = new PublicAddresses(
            "http://localhost:8080", LOCAL_REALM + "/token", LOCAL_REALM + "/auth");

    static PublicAddresses from(Config config) {
        return new PublicAddresses(
                config.getOptionalValue("tandem.api.public-url", String.class).orElse(DEFAULTS.publicUrl),
                config.getOptionalValue("tandem.api.token-url", String.class).orElse(DEFAULTS.tokenUrl),
                config.getOptionalValue("tandem.api.authorization-url", String.class).orElse(DEFAULTS.authorizationUrl));
    }

    void applyTo(OpenAPI openAPI) {
        openAPI.setServers(new ArrayList<>(List.of(OASFactory.createServer().url(publicUrl)
                .description(publicUrl.equals(DEFAULTS.publicUrl)
                        ? "Local development (bin/run); a deployment serves this document with its own address"
                        : "This deployment").addExtension("x-internal", false))));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().setSecuritySchemes(new java.util.LinkedHashMap<>(Map.of(SCHEME, scheme())));
    }

    private SecurityScheme scheme() {
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("""
                        Bearer access tokens (JWTs) from the Tandem realm of Keycloak, sent as Authorization: Bearer <token>. \
                        Partner systems use the client credentials flow with the client id and secret they were given \
                        (locally: partner-demo / partner-demo-secret); the web client uses the authorization code flow \
                        with PKCE (code_challenge_method S256, which OpenAPI cannot declare). What a caller may do follows \
                        the token's roles and organisation, not scopes. The service checks each token's signature, \
                        issuer, audience (tandem-api) and expiry as RFC8725 (JSON Web Token Best Current Practices) \
                        advises; access tokens are short-lived (minutes): the web client refreshes its \
                        own; a partner system asks for a new one (client credentials carry no refresh token).""")
                .flows(OASFactory.createOAuthFlows()
                        .clientCredentials(OASFactory.createOAuthFlow().tokenUrl(tokenUrl).scopes(new java.util.LinkedHashMap<>()))
                        .authorizationCode(OASFactory.createOAuthFlow().authorizationUrl(authorizationUrl).tokenUrl(tokenUrl)
                                .refreshUrl(tokenUrl)
                                .scopes(new java.util.LinkedHashMap<>())));
    }
}
