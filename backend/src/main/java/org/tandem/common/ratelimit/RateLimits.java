package org.tandem.common.ratelimit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.tandem.common.problem.Problem;
import org.tandem.common.problem.ProblemType;
import org.tandem.common.security.CurrentUser;

/**
 * Limits the requests of each caller to /api/v1 (and /problems): a partner's system per OAuth client, a person per token subject,
 * anyone else (the public views, and requests without a valid token) per client address. Every answer states the
 * policy and what is left of it (RateLimit-Policy, RateLimit); a request over the quota is answered 429 with
 * Retry-After and is not run.
 */
public class RateLimits {
    static final String POLICY_HEADER = "RateLimit-Policy";
    static final String LIMIT_HEADER = "RateLimit";
    /** What JAX-RS serves: the API, and the pages describing its problem types. Health and metrics are not limited. */
    private static final List<String> LIMITED = List.of("/api/v1", "/problems");
    private static final String PUBLIC_VIEWS = "/api/v1/public/";
    private static final String STATE = RateLimits.class.getName();

    private final RateLimitConfig config;
    private final RateLimitCounter counter;
    private final CurrentIdentityAssociation identities;

    RateLimits(RateLimitConfig config, RateLimitCounter counter, CurrentIdentityAssociation identities) {
        this.config = config;
        this.counter = counter;
        this.identities = identities;
    }

    /**
     * Pre-matching, so that requests refused before a resource runs (401, 403, 404) are counted too. Authentication
     * is lazy: the identity is asked for here (a bad token counts as no token; it is refused later, as ever), and
     * the count, a database call, runs on a worker thread.
     */
    @ServerRequestFilter(preMatching = true, priority = 2)
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        String path = request.getUriInfo().getPath();
        if (!config.enabled() || LIMITED.stream().noneMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"))) {
            return Uni.createFrom().nullItem();
        }
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        // The public views are counted per address whoever calls: no need to check a token there.
        Uni<SecurityIdentity> identity = path.startsWith(PUBLIC_VIEWS) ? Uni.createFrom().nullItem()
                : identities.getDeferredIdentity().onFailure().recoverWithItem((SecurityIdentity) null);
        return identity
                .map(who -> callerOf(who, address))
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(caller -> {
                    int quota = caller.policy().quota(config);
                    return counter.count(caller.bucket(), RateLimitPolicy.WINDOW_SECONDS)
                            .map(count -> {
                                State state = new State(caller.policy(), quota, count);
                                request.setProperty(STATE, state);
                                return count.hits() > quota ? tooMany(request, state) : null;
                            })
                            .orElse(null);
                });
    }

    @ServerResponseFilter
    public void statesTheLimit(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(STATE) instanceof State state) {
            state.writeTo(response.getHeaders());
        }
    }

    private static Caller callerOf(SecurityIdentity identity, String address) {
        if (identity != null && !identity.isAnonymous()
                && identity.getPrincipal() instanceof JsonWebToken token) {
            if (CurrentUser.isPartnerClient(token)) {
                return new Caller(RateLimitPolicy.PARTNER, "partner:" + token.<String>getClaim("azp"));
            }
            return new Caller(RateLimitPolicy.USER, "user:" + token.getSubject());
        }
        return new Caller(RateLimitPolicy.PUBLIC, "public:" + address);
    }

    private static Response tooMany(ContainerRequestContext request, State state) {
        ProblemType type = ProblemType.RATE_LIMITED;
        String detail = "More than " + state.quota() + " requests in " + RateLimitPolicy.WINDOW_SECONDS
                + " seconds under the '" + state.policy().fieldName() + "' rate limit. Retry after "
                + state.count().resetSeconds() + " seconds.";
        Problem problem = new Problem(Problem.typeUri(request.getUriInfo().getBaseUri(), type), type.title(), type.status(),
                detail, request.getUriInfo().getRequestUri().getPath(), List.of());
        return Response.status(type.status()).type(Problem.MEDIA_TYPE).entity(problem)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(state.count().resetSeconds())).build();
    }

    private record Caller(RateLimitPolicy policy, String bucket) {}

    private record State(RateLimitPolicy policy, int quota, RateLimitCounter.Count count) {
        void writeTo(MultivaluedMap<String, Object> headers) {
            String name = "\"" + policy.fieldName() + "\"";
            headers.putSingle(POLICY_HEADER, name + ";q=" + quota + ";w=" + RateLimitPolicy.WINDOW_SECONDS);
            headers.putSingle(LIMIT_HEADER, name + ";r=" + Math.max(0, quota - count.hits()) + ";t=" + count.resetSeconds());
        }
    }
}
