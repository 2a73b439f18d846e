package org.tandem.common.problem;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Each problem type's URI answers with a page saying what it means: the catalogue, readable by people and programs. */
@Path("/problems")
@PermitAll
@SecurityRequirements
@Tag(name = "Problems", description = "The catalogue of problem types. Every problem's type is one of these URIs, "
        + "and each answers with a page describing it.")
public class ProblemPages {

    @Schema(name = "ProblemType", description = "A kind of problem the API answers with")
    public record ProblemTypeView(
            @Schema(examples = "version-conflict") String slug,
            @Schema(description = "The path of the type's URI on this service", examples = "/problems/version-conflict") String type,
            @Schema(examples = "409") int status,
            @Schema(examples = "Version conflict") String title,
            String description) {
        static ProblemTypeView of(ProblemType type) {
            return new ProblemTypeView(type.slug(), type.path(), type.status(), type.title(), type.description());
        }
    }

    /** The slugs of the catalogue, for the contract: a client can switch on them. */
    @Schema(name = "ProblemSlug", type = SchemaType.STRING, enumeration = {"validation", "unauthorized", "forbidden", "not-found",
            "method-not-allowed", "not-acceptable", "version-conflict", "transition-not-allowed", "business-rule",
            "late-claim", "budget-exceeded", "receipts-missing", "involvement-payment-undecided", "not-linked", "payload-too-large", "unsupported-media-type",
            "idempotency-key-reused", "internal", "database-unavailable", "identity-provider-unavailable",
            "request-refused"})
    interface Slug {}

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listProblemTypes", summary = "The catalogue of problem types")
    public List<ProblemTypeView> list() {
        return Arrays.stream(ProblemType.values()).map(ProblemTypeView::of).toList();
    }

    @GET
    @Path("{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProblemType", summary = "What a problem type means and what to do about it",
            description = "The page a problem's type URI answers with: JSON, or an HTML page for Accept: text/html.")
    public ProblemTypeView json(@PathParam("slug") @Parameter(schema = @Schema(implementation = Slug.class)) String slug) {
        return ProblemTypeView.of(find(slug));
    }

    @GET
    @Path("{slug}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String page(@PathParam("slug") String slug) {
        ProblemType type = find(slug);
        return """
                <!doctype html>
                <html lang="en-GB"><head><meta charset="utf-8"><title>%1$s: Tandem API problem</title></head>
                <body><main><h1>%1$s</h1>
                <p>Problem type <code>%2$s</code>, answered with HTTP status %3$d.</p>
                <p>%4$s</p>
                <p><a href="/problems">All problem types (JSON)</a></p></main></body></html>
                """.formatted(escape(type.title()), type.path(), type.status(), escape(type.description()));
    }

    /** The contract lists the slugs, so another is a request to correct, not a page that went missing. */
    private static ProblemType find(String slug) {
        return ProblemType.ofSlug(slug).orElseThrow(() -> ProblemException.invalid("slug",
                "is not a problem type: GET /problems lists them"));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
