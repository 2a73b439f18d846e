package org.tandem.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tandem.common.problem.ProblemException;

/** Who is calling: their roles and the organisation their token names (claim {@code organisation}). */
@RequestScoped
public class CurrentUser {
    public static final String ORGANISATION_CLAIM = "organisation";

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final OrganisationCodes organisations;
    private UUID organisationId;

    CurrentUser(SecurityIdentity identity, JsonWebToken token, OrganisationCodes organisations) {
        this.identity = identity;
        this.token = token;
        this.organisations = organisations;
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Staff and admins of an owning organisation run its partnerships: they write, and take the notes. */
    public boolean canManage() {
        return hasRole(Roles.STAFF) || hasRole(Roles.ADMIN);
    }

    /** A lay member: the member role and no other, so what they read may be narrowed to their own partnerships. */
    public boolean isLayMember() {
        return hasRole(Roles.MEMBER) && Roles.NOT_LAY.stream().noneMatch(this::hasRole);
    }

    public boolean isPlatformAdmin() {
        return hasRole(Roles.PLATFORM_ADMIN);
    }

    public String subject() {
        return token.getSubject();
    }

    public String displayName() {
        String name = token.getClaim("name");
        return name != null ? name : identity.getPrincipal().getName();
    }

    /**
     * A partner organisation's system rather than a person: Keycloak issues client-credentials tokens to a
     * service account named {@code service-account-<client>}, with the client in {@code azp}.
     */
    public boolean isPartnerClient() {
        return isPartnerClient(token);
    }

    public static boolean isPartnerClient(JsonWebToken token) {
        String username = token.getClaim("preferred_username");
        return username != null && username.startsWith("service-account-") && token.getClaim("azp") != null;
    }

    /** The OAuth client a token was issued to ({@code azp}). */
    public String clientId() {
        return token.getClaim("azp");
    }

    public String organisationCode() {
        return token.getClaim(ORGANISATION_CLAIM);
    }

    /** The caller's organisation; a token without a registered organisation may read and change nothing scoped. */
    public UUID organisationId() {
        if (organisationId == null) {
            String code = organisationCode();
            if (code == null || code.isBlank()) {
                throw ProblemException.forbidden("Your account is not linked to an organisation.");
            }
            organisationId = organisations.idOf(code)
                    .orElseThrow(() -> ProblemException.forbidden(
                            "Your organisation '" + code + "' is not registered in Tandem."));
        }
        return organisationId;
    }
}
