package org.tandem.common.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Declares the Link header (RFC 8288, rel="next") that every paged list answers with when a next page exists
 * (org.tandem.common.paging.NextPageLinks); lists walked in order of change link to after=nextCursor.
 */
final class CursorPagingContract {
    private CursorPagingContract() {}

    static void declare(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            APIResponse ok = operation.getResponses() == null ? null : operation.getResponses().getAPIResponse("200");
            if (ok != null && takes(operation, "page")) {
                String description = takes(operation, "after")
                        ? "The next page, when there is one (RFC 8288): <...?after=nextCursor&...>; rel=\"next\" when walking "
                                + "in order of change (updatedSince or after), <...?page=n+1&...>; rel=\"next\" otherwise"
                        : "The next page, when there is one (RFC 8288): <...?page=n+1&...>; rel=\"next\"";
                ok.addHeader("Link", OASFactory.createHeader().description(description)
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(4000)
                                .pattern("^<[^>]+>; rel=\"next\"$")));
            }
        }));
    }

    private static boolean takes(Operation operation, String parameter) {
        return operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> parameter.equals(p.getName()));
    }
}
