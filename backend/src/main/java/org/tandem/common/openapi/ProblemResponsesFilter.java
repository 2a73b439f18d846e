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

/**
 * Documents the problem+json answers every operation can give, so that each resource declares only the
 * responses particular to it: 400 for invalid input, 401/403 for secured operations, 404 where a path names a record.
 * PUT operations are versioned updates (409/412). By convention an operation whose id starts with "create" or "add" answers 201 Created with a Location header.
 */
public class ProblemResponsesFilter implements OASFilter {
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final String PUBLIC_PATHS = "/api/v1/public/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                document(path, entry.getKey(), entry.getValue());
            }
        });
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation) {
        if (path.startsWith(PUBLIC_PATHS)) {
            // An empty requirement says in the contract that no sign-in is needed.
            operation.setSecurity(new ArrayList<>(List.of(OASFactory.createSecurityRequirement())));
        }
        APIResponses responses = operation.getResponses();
        documentCreated(operation, responses);
        boolean takesInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean secured = operation.getSecurity() == null || !operation.getSecurity().isEmpty();
        if (takesInput) {
            add(responses, "400", "The request is not valid: errors names each offending field");
        }
        if (secured && !path.startsWith(PUBLIC_PATHS)) {
            add(responses, "401", "No valid bearer token");
            add(responses, "403", "Your role or organisation does not allow this");
            add(responses, "503", "The sign-in service cannot be reached to check the token");
        }
        if (path.contains("{")) {
            add(responses, "404", "Not found, or not visible to your organisation");
        }
        if (method == PathItem.HttpMethod.PUT) {
            add(responses, "409", "Version conflict: someone else changed it since you loaded it (reload and reapply), "
                    + "or the change conflicts with its current state");
            add(responses, "412", "The If-Match header names a version that is no longer current");
        }
        responses.getAPIResponses().forEach((code, response) -> {
            if (code.startsWith("4") || code.startsWith("5")) {
                response.setContent(problemContent());
            }
        });
    }

    private static void documentCreated(Operation operation, APIResponses responses) {
        String id = operation.getOperationId();
        APIResponse ok = responses.getAPIResponse("200");
        if (id == null || ok == null || !(id.startsWith("create") || id.startsWith("add"))) {
            return;
        }
        responses.removeAPIResponse("200");
        responses.addAPIResponse("201", ok.description("Created").addHeader("Location", OASFactory.createHeader()
                .description("The address of the new record").schema(OASFactory.createSchema()
                        .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING).format("uri"))));
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
