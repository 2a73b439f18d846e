package org.tandem.common.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.tandem.common.problem.ProblemException;

/**
 * Who is calling: their roles and the organisation their token names (claim {@code organisation}). A request that
 * carries no sign-in may act for a stored {@link Standing} instead (a calendar feed, fetched by calendar programs
 * that cannot send a token, is read as its owner may read it).
 */
@RequestScoped
public class CurrentUser {
    public static final String ORGANISATION_CLAIM = "organisation";

    /** A person's sign-in as stored to act for them later: their subject, organisation code and roles. */
    public record Standing(String subject, String organisationCode, Set<String> roles) {
        public Standing {
            roles = Set.copyOf(roles);
        }
    }

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final OrganisationCodes organisations;
    private UUID organisationId;
    private Standing standing;

    CurrentUser(SecurityIdentity identity, JsonWebToken token, OrganisationCodes organisations) {
        this.identity = identity;
        this.token = token;
        this.organisations = organisations;
    }

    public boolean hasRole(String role) {
        return standing != null ? standing.roles().contains(role) : identity.hasRole(role);
    }

    /** The caller's sign-in as it can be stored, to act for them later in {@link #actFor}. */
    public Standing standing() {
        return standing != null ? standing : new Standing(subject(), organisationCode(), identity.getRoles());
    }

    /**
     * For the rest of this request, reads and decides as {@code standing} would, whoever sent it: for addresses
     * that are keys themselves, such as a calendar feed's.
     */
    public void actFor(Standing standing) {
        this.standing = standing;
        this.organisationId = null;
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
        return standing != null ? standing.subject() : token.getSubject();
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
        return standing == null && isPartnerClient(token);
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
        return standing != null ? standing.organisationCode() : token.getClaim(ORGANISATION_CLAIM);
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
