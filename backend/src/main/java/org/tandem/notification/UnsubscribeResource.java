package org.tandem.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tandem.common.problem.ProblemException;

/**
 * The one-click unsubscribe of every mail (RFC 8058): mail programs POST to the List-Unsubscribe address; a person
 * who follows the link gets a page with a button, because a GET must not unsubscribe (link checkers follow links).
 */
@Path("/api/v1/public/unsubscribe/{token}")
@Tag(name = "Public")
@PermitAll
public class UnsubscribeResource {
    private static final String EXAMPLE_TOKEN = "ZW1haWw6c29tZW9uZUBleGFtcGxlLm9yZwptZWV0aW5nLXBhcGVycw.jLMu0kPKHaMMyXsOqJKVzJMf8gwlGyIympZDvIA4iZo";
    private static final String TOKEN_PATTERN = "^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$";
    private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile(TOKEN_PATTERN);

    private final UnsubscribeLinks links;
    private final Suppressions suppressions;

    UnsubscribeResource(UnsubscribeLinks links, Suppressions suppressions) {
        this.links = links;
        this.suppressions = suppressions;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "showUnsubscribe", summary = "The page an unsubscribe link opens",
            description = "No sign-in: the link in a mail is signed. It asks to confirm; nothing changes until then.")
    @APIResponse(responseCode = "200", description = "A page with a button to unsubscribe",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING, maxLength = 10000)))
    @APIResponse(responseCode = "400", description = "The token is not of the form of an unsubscribe link's")
    @APIResponse(responseCode = "404", description = "The link is not one Tandem sent")
    public String show(@Parameter(description = "The signed token of the link in the mail", example = EXAMPLE_TOKEN, schema = @Schema(type = SchemaType.STRING, maxLength = 1000, pattern = TOKEN_PATTERN)) @PathParam("token") String token) {
        UnsubscribeLinks.Subscription subscription = read(token);
        return UnsubscribePages.confirm(describe(subscription.kind()));
    }

    @POST
    @Transactional
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "unsubscribe", summary = "Unsubscribe with one click (RFC 8058)",
            description = "No sign-in: the link in a mail is signed. Mail programs send List-Unsubscribe=One-Click; the "
                    + "page's button sends the same. Unsubscribing again changes nothing. The notifications stay in the "
                    + "notification centre of a person who signs in.")
    @APIResponse(responseCode = "200", description = "Unsubscribed",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING, maxLength = 10000)))
    @APIResponse(responseCode = "400", description = "The token is not of the form of an unsubscribe link's")
    @APIResponse(responseCode = "404", description = "The link is not one Tandem sent")
    public String unsubscribe(@Parameter(description = "The signed token of the link in the mail", example = EXAMPLE_TOKEN, schema = @Schema(type = SchemaType.STRING, maxLength = 1000, pattern = TOKEN_PATTERN)) @PathParam("token") String token) {
        UnsubscribeLinks.Subscription subscription = read(token);
        suppressions.suppress(subscription.recipientKey(), subscription.kind());
        return UnsubscribePages.done(describe(subscription.kind()));
    }

    private UnsubscribeLinks.Subscription read(String token) {
        if (token.length() > 1000 || !TOKEN.matcher(token).matches()) {
            throw ProblemException.invalid("token", "is not the token of an unsubscribe link: copy the whole link from the mail");
        }
        return links.read(token).orElseThrow(() -> ProblemException.notFound("Unsubscribe link"));
    }

    private static String describe(String kind) {
        return kind.equals(UnsubscribeLinks.ALL_KINDS) ? "all emails from Tandem"
                : NotificationKind.ofKey(kind).map(k -> "\"" + k.label() + "\" emails from Tandem").orElse("these emails from Tandem");
    }
}
