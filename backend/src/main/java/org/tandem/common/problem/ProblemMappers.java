package org.tandem.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.oidc.OIDCException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become application/problem+json responses. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public RestResponse<Problem> problem(ProblemException e, UriInfo uri) {
        return respond(e.type(), e.status(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return validation(errors, uri);
    }

    /** Listed one by one: Quarkus maps some of these itself, and the most specific mapper wins. */
    @ServerExceptionMapper(value = {JsonProcessingException.class, StreamReadException.class, JsonParseException.class,
            StreamConstraintsException.class, InputCoercionException.class, JsonMappingException.class,
            MismatchedInputException.class, InvalidFormatException.class, UnrecognizedPropertyException.class,
            ValueInstantiationException.class}, priority = Priorities.USER - 100)
    public RestResponse<Problem> unreadableJson(JsonProcessingException e, UriInfo uri, ResourceInfo resource) {
        String root = JsonFaults.bodyName(resource);
        // Malformed text: Jackson may wrap the parser's refusal with a path; the parser knows where it stood.
        if (e instanceof StreamReadException || e instanceof StreamConstraintsException) {
            return validation(List.of(JsonFaults.unreadable(e, root)), uri);
        }
        if (e.getCause() instanceof StreamReadException || e.getCause() instanceof StreamConstraintsException) {
            return validation(List.of(JsonFaults.unreadable((JsonProcessingException) e.getCause(), root)), uri);
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return validation(List.of(new Problem.FieldError(JsonFaults.pathOf(unknown, root), "is not a known field")), uri);
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            String expected = format.getTargetType().isEnum()
                    ? "must be one of " + List.of(format.getTargetType().getEnumConstants())
                    : isFraction(format.getValue()) ? "must be a whole number"
                    : "must be a valid " + format.getTargetType().getSimpleName();
            return validation(List.of(new Problem.FieldError(JsonFaults.pathOf(format, root), expected)), uri);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String message = e instanceof MismatchedInputException ? "has the wrong type" : "is not valid";
            return validation(List.of(new Problem.FieldError(JsonFaults.pathOf(mapping, root), message)), uri);
        }
        if (e instanceof MismatchedInputException) {
            return validation(List.of(new Problem.FieldError("body", "has the wrong type for this operation")), uri);
        }
        return validation(List.of(new Problem.FieldError("body", "is not well-formed JSON")), uri);
    }

    private static boolean isFraction(Object value) {
        return value instanceof Double || value instanceof Float || value instanceof BigDecimal;
    }

    /** A request type that Jackson cannot build at all is a defect of the server, not of the request. */
    @ServerExceptionMapper(value = InvalidDefinitionException.class, priority = Priorities.USER - 100)
    public RestResponse<Problem> unbuildableType(InvalidDefinitionException e, UriInfo uri) {
        return unexpected(e, uri);
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public RestResponse<Problem> staleWrite(RuntimeException e, UriInfo uri) {
        return respond(ProblemType.VERSION_CONFLICT, 409,
                "Someone else changed this record after you loaded it. Reload it, reapply your change and try again.",
                uri, List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorizedResponse(uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        if (causedByIdentityProvider(e)) {
            return identityProviderUnavailable(e, uri);
        }
        return unauthorizedResponse(uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> identityProviderFailed(OIDCException e, UriInfo uri) {
        return identityProviderUnavailable(e, uri);
    }

    @ServerExceptionMapper
    public RestResponse<Problem> forbidden(ForbiddenException e, UriInfo uri) {
        return respond(ProblemType.FORBIDDEN, 403, "Your role does not allow this.", uri, List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> webApplication(WebApplicationException e, UriInfo uri, ResourceInfo resource) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, uri, resource);
        }
        // JAX-RS answers a path or query value it cannot convert with a bare 404 (400 for other parameters).
        if ((e instanceof NotFoundException || e instanceof BadRequestException) && e.getCause() != null) {
            Optional<Problem.FieldError> fault = ParameterFaults.unconvertible(resource.getResourceMethod(), uri);
            if (fault.isPresent()) {
                return validation(List.of(fault.get()), uri);
            }
        }
        Response.StatusType status = e.getResponse().getStatusInfo();
        if (status.getStatusCode() >= 500) {
            LOG.error("Request failed", e);
        }
        String detail = status.getStatusCode() >= 500 ? "The server could not complete the request." : e.getMessage();
        return respond(ProblemType.ofStatus(status.getStatusCode()), status.getStatusCode(), detail, uri, List.of());
    }

    @ServerExceptionMapper
    public RestResponse<Problem> unexpected(Exception e, UriInfo uri) {
        if (DatabaseOutage.causedBy(e)) {
            return databaseUnavailable(e, uri);
        }
        if (causedByIdentityProvider(e)) {
            return identityProviderUnavailable(e, uri);
        }
        LOG.error("Unexpected failure on " + loggable(uri), e);
        return respond(ProblemType.INTERNAL, 500,
                "The server could not complete the request. It has been logged.", uri, List.of());
    }

    /** The path as logs may show it: a calendar feed's address is its key, so its token is left out. */
    private static String loggable(UriInfo uri) {
        return uri.getPath().replaceAll("/calendar-feeds/[^/]+\\.ics$", "/calendar-feeds/{token}.ics");
    }

    private static RestResponse<Problem> identityProviderUnavailable(Exception e, UriInfo uri) {
        LOG.warnf("Identity provider unavailable: %s", e.toString());
        return unavailable(ProblemType.IDENTITY_PROVIDER_UNAVAILABLE,
                "Tokens cannot be checked because the sign-in service cannot be reached. Try again shortly.", 30, uri);
    }

    private static RestResponse<Problem> databaseUnavailable(Exception e, UriInfo uri) {
        LOG.warnf("Database unavailable on %s: %s", loggable(uri), DatabaseOutage.describe(e));
        return unavailable(ProblemType.DATABASE_UNAVAILABLE,
                "The database cannot be reached just now. Try again shortly. If you were saving a change, reload "
                        + "the record first: a change sent at the moment the connection was lost may have been saved "
                        + "(a retry with the same Idempotency-Key is always safe).", 5, uri);
    }

    /** A 503 problem telling the client when to try again. */
    private static RestResponse<Problem> unavailable(ProblemType type, String detail, int retryAfterSeconds, UriInfo uri) {
        return RestResponse.ResponseBuilder.<Problem>create(503).entity(problem(type, 503, detail, uri, List.of()))
                .type(Problem.MEDIA_TYPE).header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds)).build();
    }

    private static boolean causedByIdentityProvider(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OIDCException || t instanceof java.net.ConnectException) {
                return true;
            }
        }
        return false;
    }

    private static RestResponse<Problem> unauthorizedResponse(UriInfo uri) {
        return RestResponse.ResponseBuilder.<Problem>create(401).entity(problem(ProblemType.UNAUTHORIZED, 401,
                        "A valid bearer token is required.", uri, List.of()))
                .type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    private static RestResponse<Problem> validation(List<Problem.FieldError> errors, UriInfo uri) {
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
        return respond(ProblemType.VALIDATION, 400, detail, uri, errors);
    }

    static RestResponse<Problem> respond(ProblemType type, int status, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        return RestResponse.ResponseBuilder.<Problem>create(status).entity(problem(type, status, detail, uri, errors))
                .type(Problem.MEDIA_TYPE).build();
    }

    private static Problem problem(ProblemType type, int status, String detail, UriInfo uri,
            List<Problem.FieldError> errors) {
        return new Problem(Problem.typeUri(uri.getBaseUri(), type), type.title(), status, detail, uri.getPath(), errors);
    }

    /** "create.body.members[0].role" becomes "members[0].role"; query parameters keep their own name. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int firstDot = path.indexOf('.');
        String withoutMethod = firstDot < 0 ? path : path.substring(firstDot + 1);
        if (withoutMethod.startsWith("body.")) {
            return withoutMethod.substring("body.".length());
        }
        return withoutMethod;
    }
}
