package org.tandem.support;

import io.smallrye.jwt.build.Jwt;
import java.util.Set;
import java.util.UUID;

/** Access tokens signed with the test key, shaped like the ones Keycloak issues for realm "tandem". */
public final class Tokens {
    public static final String AUDIENCE = "tandem-api";

    private Tokens() {}

    public static String user(String role, String organisationCode) {
        return withRoles(organisationCode, role);
    }

    /** A user holding several roles, e.g. staff who also approve claims as finance. */
    public static String withRoles(String organisationCode, String... roles) {
        String username = String.join("-", roles) + "-" + UUID.randomUUID().toString().substring(0, 8);
        var claims = Jwt.subject(UUID.randomUUID().toString())
                .claim("preferred_username", username)
                .claim("name", "Test " + String.join(" ", roles))
                .claim("roles", Set.of(roles));
        if (organisationCode != null) {
            claims.claim("organisation", organisationCode);
        }
        return claims.audience(AUDIENCE).expiresIn(600).sign();
    }

    /**
     * A partner system's token, shaped as Keycloak issues one for the client credentials grant: the client in
     * {@code azp}, {@code preferred_username} {@code service-account-<client>}, and no {@code name}.
     */
    public static String partnerClient(String organisationCode) {
        String client = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        return Jwt.subject(UUID.randomUUID().toString())
                .claim("azp", client)
                .claim("preferred_username", "service-account-" + client)
                .claim("roles", Set.of("partner"))
                .claim("organisation", organisationCode)
                .audience(AUDIENCE).expiresIn(600).sign();
    }

    /** A platform administrator: registers organisations; belongs to none of them. */
    public static String platformAdmin() {
        return withRoles(null, "platform-admin");
    }

    public static String forAnotherAudience(String role, String organisationCode) {
        return Jwt.subject(UUID.randomUUID().toString()).claim("roles", Set.of(role))
                .claim("organisation", organisationCode).audience("some-other-api").expiresIn(600).sign();
    }

    public static String withoutOrganisation(String role) {
        return Jwt.subject(UUID.randomUUID().toString()).claim("roles", Set.of(role)).audience(AUDIENCE).expiresIn(600).sign();
    }
}
