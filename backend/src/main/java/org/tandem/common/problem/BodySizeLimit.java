package org.tandem.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body larger than {@code quarkus.http.limits.max-body-size} is refused with a 413 problem. Quarkus refuses it
 * too, but with an empty answer written before JAX-RS (so before ProblemMappers) sees the request: a declared
 * length is checked in a route, and a body sent in chunks is cut off while JAX-RS reads it. This route runs just
 * ahead of Quarkus' own: it refuses a declared length over the limit, and reads a chunked body into memory up to
 * the limit (JAX-RS then reads that copy), so that both get the same problem answer.
 */
@ApplicationScoped
public class BodySizeLimit {
    /** Just before Quarkus' own upload-limit route (RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT, -2). */
    private static final int ORDER = -3;

    void install(@Observes Router router, ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize limit) {
        long maxBytes = limit.asLongValue();
        BodyHandler readChunked = BodyHandler.create(false).setBodyLimit(maxBytes);
        router.route().order(ORDER).handler(ctx -> {
            String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && declaredLength(declared) > maxBytes) {
                refuse(ctx, json, maxBytes);
            } else if (declared == null && ctx.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
                readChunked.handle(ctx);
            } else {
                ctx.next();
            }
        }).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                refuse(ctx, json, maxBytes);
            } else {
                ctx.next();
            }
        });
    }

    private static void refuse(RoutingContext ctx, ObjectMapper json, long maxBytes) {
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        java.net.URI base = java.net.URI.create(ctx.request().scheme() + "://" + ctx.request().authority() + "/");
        Problem problem = new Problem(Problem.typeUri(base, type), type.title(), 413,
                "The request body may be at most " + maxBytes + " bytes.", ctx.request().path(), List.of());
        ctx.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(serialise(json, problem));
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1; // left to the HTTP layer, which refuses a malformed length itself
        }
    }

    private static String serialise(ObjectMapper json, Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
