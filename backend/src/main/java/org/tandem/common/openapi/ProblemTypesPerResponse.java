package org.tandem.common.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.tandem.common.problem.Problem;
import org.tandem.common.problem.ProblemType;

/**
 * Names, in each problem response of an operation, the problem types it can carry, with an example of each, so that
 * a client can handle them before it meets one. The rules follow where the code raises them:
 * <ul>
 * <li>400: validation (Bean Validation, parameters, JSON bodies, a missing version) and request-refused (any other
 * HTTP error the framework raises for the request);</li>
 * <li>401 unauthorized, 403 forbidden, 404 not-found, 413 payload-too-large, 415 unsupported-media-type, each the
 * one type of its status, and 422: idempotency-key-reused, or on submitting a claim what it lacks
 * (involvement-payment-undecided, receipts-missing);</li>
 * <li>409: version-conflict where the operation takes a version (it documents 412 or a versioned body), and
 * transition-not-allowed and business-rule wherever it can conflict; the claim rules only where ClaimService
 * applies them (the deadline on submit, the budget on approval); not-linked under /api/v1/me/;</li>
 * <li>412: version-conflict (a stale If-Match, common.web.Versions);</li>
 * <li>503: database-unavailable, and identity-provider-unavailable when a token has to be checked.</li>
 * </ul>
 */
final class ProblemTypesPerResponse {
    private static final String EXAMPLES = "#/components/examples/";
    private static final String EXAMPLE_BASE = "https://tandem.example.org";
    private static final Map<String, List<ProblemType>> CLAIM_RULES = Map.of(
            "submitClaim", List.of(ProblemType.LATE_CLAIM),
            "approveClaim", List.of(ProblemType.BUDGET_EXCEEDED));
    /** The claim rules that a claim breaks by what it lacks (a 422 naming the fields to complete). */
    private static final Map<String, List<ProblemType>> CLAIM_INCOMPLETE = Map.of(
            "submitClaim", List.of(ProblemType.INVOLVEMENT_PAYMENT_UNDECIDED, ProblemType.RECEIPTS_MISSING));

    /** The caller's own records (their meetings and actions): about the person their sign-in is linked to. */
    static final String MINE = "/api/v1/me/";

    private ProblemTypesPerResponse() {}

    /** Declares the examples of problem types that responses refer to (version-conflict twice: as 409 and as 412). */
    static void declareExamples(OpenAPI openAPI) {
        java.util.Set<String> used = new java.util.HashSet<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation ->
                operation.getResponses().getAPIResponses().values().stream()
                        .filter(response -> response.getContent() != null && response.getContent().getMediaType(Problem.MEDIA_TYPE) != null)
                        .map(response -> response.getContent().getMediaType(Problem.MEDIA_TYPE).getExamples())
                        .filter(java.util.Objects::nonNull)
                        .forEach(examples -> examples.values().forEach(example -> used.add(example.getRef())))));
        for (ProblemType type : ProblemType.values()) {
            for (int status : List.of(type.status(), 412)) {
                if (used.contains(EXAMPLES + exampleName(type, status))) {
                    addExample(openAPI, type, status);
                }
            }
        }
    }

    private static void addExample(OpenAPI openAPI, ProblemType type, int status) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", EXAMPLE_BASE + type.path());
        value.put("title", type.title());
        value.put("status", status);
        value.put("detail", type.description());
        openAPI.getComponents().addExample(exampleName(type, status),
                OASFactory.createExample().summary(type.title()).value(value));
    }

    private static String exampleName(ProblemType type, int status) {
        return "problem-" + type.slug() + (status == type.status() ? "" : "-" + status);
    }

    static void list(String path, Operation operation, boolean secured) {
        operation.getResponses().getAPIResponses().forEach((code, response) -> {
            List<ProblemType> types = typesOf(code, operation, secured);
            if (code.equals("409") && path.startsWith(MINE)) {
                types.add(ProblemType.NOT_LINKED);
            }
            if (types.isEmpty() || response.getContent() == null
                    || response.getContent().getMediaType(Problem.MEDIA_TYPE) == null) {
                return;
            }
            describe(response, Integer.parseInt(code), types);
        });
    }

    private static List<ProblemType> typesOf(String code, Operation operation, boolean secured) {
        List<ProblemType> types = new ArrayList<>();
        switch (code) {
            case "400" -> types.addAll(List.of(ProblemType.VALIDATION, ProblemType.REQUEST_REFUSED));
            case "401" -> types.add(ProblemType.UNAUTHORIZED);
            case "403" -> types.add(ProblemType.FORBIDDEN);
            case "404" -> types.add(ProblemType.NOT_FOUND);
            case "409" -> {
                if (operation.getResponses().hasAPIResponse("412") || takesVersion(operation)) {
                    types.add(ProblemType.VERSION_CONFLICT);
                }
                types.addAll(List.of(ProblemType.TRANSITION_NOT_ALLOWED, ProblemType.BUSINESS_RULE));
                types.addAll(CLAIM_RULES.getOrDefault(operation.getOperationId(), List.of()));
            }
            case "412" -> types.add(ProblemType.VERSION_CONFLICT);
            case "413" -> types.add(ProblemType.PAYLOAD_TOO_LARGE);
            case "415" -> types.add(ProblemType.UNSUPPORTED_MEDIA_TYPE);
            case "422" -> {
                types.addAll(CLAIM_INCOMPLETE.getOrDefault(operation.getOperationId(), List.of()));
                if (types.isEmpty()) {
                    types.add(ProblemType.IDEMPOTENCY_KEY_REUSED);
                }
            }
            case "503" -> {
                types.add(ProblemType.DATABASE_UNAVAILABLE);
                if (secured) {
                    types.add(ProblemType.IDENTITY_PROVIDER_UNAVAILABLE);
                }
            }
            default -> { }
        }
        return types;
    }

    /** A PUT replaces a versioned record; a POST or DELETE that can conflict names its version in the body, query or If-Match. */
    private static boolean takesVersion(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "version".equals(p.getName()) || "If-Match".equalsIgnoreCase(p.getName()))
                || operation.getRequestBody() != null;
    }

    private static void describe(APIResponse response, int status, List<ProblemType> types) {
        String list = types.stream().map(t -> "`" + t.path() + "`").collect(Collectors.joining(", "));
        String base = response.getDescription() == null ? "" : response.getDescription().strip();
        if (!base.contains("Problem types:")) {
            response.setDescription((base.isEmpty() ? "" : base + ". ") + "Problem types: " + list);
        }
        var media = response.getContent().getMediaType(Problem.MEDIA_TYPE);
        Map<String, org.eclipse.microprofile.openapi.models.examples.Example> examples = new LinkedHashMap<>();
        for (ProblemType type : types) {
            examples.put(type.slug(), OASFactory.createExample().ref(EXAMPLES + exampleName(type, status)));
        }
        media.setExamples(examples);
    }
}
