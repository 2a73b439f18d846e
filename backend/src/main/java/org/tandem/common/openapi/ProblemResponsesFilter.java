package org.tandem.common.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.tandem.common.problem.Problem;
import org.tandem.common.problem.ProblemType;

/**
 * Documents the problem+json answers every operation can give, so that each resource declares only the
 * responses particular to it: 400 for invalid input, 413/415 for a body too large or of another media type,
 * 401/403 for secured operations, 404 where a path names a record.
 * Operations that take a version (PUT, a body with a version, or If-Match) can meet a conflict (409), and 412 with If-Match;
 * those under /api/v1/me/ answer 409 not-linked to a sign-in linked to nobody; those that take an Idempotency-Key answer 422 to a key reused for another request. Every operation can answer 503
 * while the database (or, when signed in, the sign-in service) is unreachable. By convention an operation whose id
 * starts with "create" or "add" answers 201 Created with a Location header.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String PUBLIC_PATHS = "/api/v1/public/";
    /** A calendar feed's address is its own key: calendar programs cannot send a bearer token. */
    private static final String CALENDAR_FEED = "/api/v1/calendar-feeds/{token}.ics";

    private static final String REQUEST_ID = "X-Request-ID";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        declareRequestId(openAPI);
        declareEntityTag(openAPI);
        listProblemTypes(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                document(openAPI, path, entry.getKey(), entry.getValue());
                takesRequestId(entry.getValue());
                ProblemTypesPerResponse.list(path, entry.getValue(), isSecured(path, entry.getValue()));
                sendsEntityTag(openAPI, entry.getValue());
            }
        });
        RateLimitContract.declare(openAPI);
        CursorPagingContract.declare(openAPI);
        ProblemTypesPerResponse.declareExamples(openAPI);
        ResponseContract.apply(openAPI);
        PublicAddresses.from(org.eclipse.microprofile.config.ConfigProvider.getConfig()).applyTo(openAPI);
        RequestLimits.addTo(openAPI);
        OperationExamples.addTo(openAPI);
    }

    private static boolean isPublic(String path) {
        return path.startsWith(PUBLIC_PATHS) || path.equals(CALENDAR_FEED);
    }

    private static boolean isSecured(String path, Operation operation) {
        return !isPublic(path) && (operation.getSecurity() == null || !operation.getSecurity().isEmpty());
    }

    private static void declareEntityTag(OpenAPI openAPI) {
        openAPI.getComponents().addHeader("ETag", OASFactory.createHeader().required(true)
                .description("The record's version as a strong entity tag (e.g. \"3\"), the same number as its version field. "
                        + "Send it back in If-Match to change or delete the record only if nobody has changed it since.")
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)
                        .pattern("^\"[0-9]{1,19}\"$").maxLength(21).examples(List.of("\"3\""))));
    }

    /**
     * A record's own answer (a schema with a version) carries its version as ETag (common.web.Responses), and
     * an If-Match header taken by the operation is the version it was loaded at.
     */
    private static void sendsEntityTag(OpenAPI openAPI, Operation operation) {
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("2") && response.getContent() != null && response.getContent().getMediaTypes().values().stream()
                    .anyMatch(media -> media.getSchema() != null && isTaggedRecord(openAPI, media.getSchema().getRef()))) {
                response.addHeader("ETag", OASFactory.createHeader().ref("#/components/headers/ETag"));
            }
        });
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> "If-Match".equalsIgnoreCase(p.getName()) && p.getRef() == null)
                    .forEach(p -> p.description("The ETag you loaded the record with, strong (\"3\") or weak (W/\"3\"), or * "
                            + "for any version; instead of, or as well as, a version in the request. When it names a version "
                            + "that is no longer current, nothing changes and the answer is 412 version-conflict: reload the "
                            + "record, reapply your change and send it again with the new ETag."));
        }
    }

    private static void declareRequestId(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        var text = OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING);
        openAPI.getComponents().addParameter("RequestId", OASFactory.createParameter().name(REQUEST_ID)
                .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER).required(false)
                .description("Your id for this request (1 to 128 of A-Z a-z 0-9 . _ : @ / + = -), echoed back and recorded in "
                        + "the logs and the audit trail; one is generated when absent or not of that form.")
                .schema(text.pattern("^[A-Za-z0-9._:@/+=-]{1,128}$").maxLength(128)));
        openAPI.getComponents().addHeader("RequestId", OASFactory.createHeader()
                .description("The request's id: the X-Request-ID sent, or the one generated for it")
                .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING)));
    }

    private static void takesRequestId(Operation operation) {
        operation.addParameter(OASFactory.createParameter().ref("#/components/parameters/RequestId"));
        operation.getResponses().getAPIResponses().values()
                .forEach(response -> response.addHeader(REQUEST_ID, OASFactory.createHeader().ref("#/components/headers/RequestId")));
    }

    /** The contract lists every problem type URI, so that a client can tell them apart before it meets one. */
    private static void listProblemTypes(OpenAPI openAPI) {
        var schemas = openAPI.getComponents() == null ? null : openAPI.getComponents().getSchemas();
        var problem = schemas == null ? null : schemas.get("Problem");
        if (problem == null || problem.getProperties() == null || problem.getProperties().get("type") == null) {
            return;
        }
        String catalogue = java.util.Arrays.stream(ProblemType.values())
                .map(t -> "- `" + t.path() + "` (" + t.status() + "): " + t.title())
                .collect(java.util.stream.Collectors.joining("\n"));
        problem.getProperties().get("type").description("The problem's type: a URI on this service ending in one of the paths "
                + "below, each answering with a page describing it (GET /problems lists them).\n" + catalogue);
    }

    private static void document(OpenAPI openAPI, String path, PathItem.HttpMethod method, Operation operation) {
        if (isPublic(path)) {
            // An empty requirement says in the contract that no sign-in is needed.
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
        }
        rolesAreNotScopes(operation);
        APIResponses responses = operation.getResponses();
        documentCreated(operation, responses);
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        if (takesInput) {
            add(responses, "400", "The request is not valid: errors names each offending field");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The request body is larger than 10 MB");
            add(responses, "415", "The request body is not of a media type this operation takes");
        }
        if (secured && !isPublic(path)) {
            add(responses, "401", "No valid bearer token");
            add(responses, "403", "Your role or organisation does not allow this");
        }
        add(responses, "503", "The database or the sign-in service cannot be reached just now; "
                + "retry after the Retry-After seconds");
        if (path.contains("{") || namesRecordInQuery(operation)) {
            add(responses, "404", "Not found, or not visible to your organisation");
        }
        boolean ifMatch = takesHeader(operation, "If-Match");
        if (method == PathItem.HttpMethod.PUT || ifMatch || !creates(operation) && bodyHasVersion(openAPI, operation)) {
            add(responses, "409", "Type version-conflict: someone else changed it since you loaded it (reload and reapply); "
                    + "type transition-not-allowed: its state does not allow this (see allowedActions); or a business rule's type");
        }
        if (path.startsWith(ProblemTypesPerResponse.MINE)) {
            add(responses, "409", "Type not-linked: your sign-in is not linked to a person, so nothing here is yours yet");
        }
        if (takesHeader(operation, "Idempotency-Key")) {
            add(responses, "422", "This Idempotency-Key was already used for a different request: use a new key");
        }
        if (method == PathItem.HttpMethod.PUT || ifMatch) {
            add(responses, "412", "The If-Match header names a version that is no longer current");
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
    }

    /** A filter naming a record (partnershipId=...) answers 404 when that record is not visible, as a path would. */
    private static boolean namesRecordInQuery(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == org.eclipse.microprofile.openapi.models.parameters.Parameter.In.QUERY
                        && p.getName() != null && p.getName().endsWith("Id"));
    }

    private static boolean creates(Operation operation) {
        String id = operation.getOperationId();
        return id != null && (id.startsWith("create") || id.startsWith("add"));
    }

    /**
     * A record whose version is a number is answered with it as ETag; feedback is not, as its answers go through the
     * idempotency store, which replays a body but not its headers.
     */
    private static boolean isTaggedRecord(OpenAPI openAPI, String ref) {
        if (!hasVersion(openAPI, ref) || ref.endsWith("/Feedback")) {
            return false;
        }
        var version = openAPI.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1)).getProperties().get("version");
        return version.getType() != null && version.getType().contains(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER);
    }

    private static boolean hasVersion(OpenAPI openAPI, String ref) {
        if (ref == null || openAPI.getComponents().getSchemas() == null) {
            return false;
        }
        var schema = openAPI.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
        return schema != null && schema.getProperties() != null && schema.getProperties().containsKey("version");
    }

    private static boolean takesHeader(Operation operation, String name) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> name.equalsIgnoreCase(p.getName()));
    }

    /** True when the JSON body is a schema of the components with a version property (a versioned change). */
    private static boolean bodyHasVersion(OpenAPI openAPI, Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
                || openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return false;
        }
        var json = operation.getRequestBody().getContent().getMediaType("application/json");
        String ref = json == null || json.getSchema() == null ? null : json.getSchema().getRef();
        if (ref == null) {
            return false;
        }
        return hasVersion(openAPI, ref);
    }

    /**
     * SmallRye lists an operation's roles as the scheme's scopes, but Keycloak grants no such scopes: a generated
     * client asking for them would be refused. The requirement names the scheme alone; the roles go in the description,
     * and in x-roles for tools.
     */
    private static void rolesAreNotScopes(Operation operation) {
        if (operation.getSecurity() == null) {
            return;
        }
        java.util.Set<String> roles = new java.util.TreeSet<>();
        operation.getSecurity().forEach(requirement -> requirement.getSchemes().forEach((scheme, scopes) -> {
            if (scopes != null) {
                roles.addAll(scopes);
                requirement.addScheme(scheme, new ArrayList<>());
            }
        }));
        if (!roles.isEmpty()) {
            String before = operation.getDescription() == null ? "" : operation.getDescription() + "\n\n";
            operation.setDescription(before + "Roles: " + String.join(", ", roles) + ".");
            operation.addExtension("x-roles", new ArrayList<>(roles));
        }
    }

    private static void documentCreated(Operation operation, APIResponses responses) {
        APIResponse ok = responses.getAPIResponse("200");
        if (ok == null || !creates(operation)) {
            return;
        }
        responses.removeAPIResponse("200");
        responses.addAPIResponse("201", ok.description("Created").addHeader("Location", OASFactory.createHeader()
                .description("The address of the new record").schema(OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING).format("uri").maxLength(2048))));
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            APIResponse response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(code, response);
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }
}
