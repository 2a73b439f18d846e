package org.tandem.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail; {@code errors} lists the offending fields of a request. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details. Validation problems list each offending field in errors.")
public record Problem(
        @Schema(description = "URI naming the kind of problem", examples = "https://tandem.example.org/problems/validation") String type,
        @Schema(description = "Short summary of the kind of problem", examples = "Request is not valid") String title,
        @Schema(description = "HTTP status code", examples = "400") int status,
        @Schema(description = "What went wrong in this case", examples = "name: must not be blank") String detail,
        @Schema(description = "The request path", examples = "/api/v1/partnerships") String instance,
        @Schema(description = "Field-level errors") List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The type's URI on the service that answered: a page describing the problem answers there. */
    public static String typeUri(java.net.URI baseUri, ProblemType type) {
        return baseUri.resolve(type.path()).toString();
    }

    @Schema(name = "FieldError")
    public record FieldError(
            @Schema(description = "The JSON path or query parameter at fault", examples = "name") String field,
            @Schema(description = "What is wrong with it", examples = "must not be blank") String message) {}
}
