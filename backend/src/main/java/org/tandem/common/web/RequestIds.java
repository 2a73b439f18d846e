package org.tandem.common.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.tandem.common.ids.RandomUuids;

/**
 * Every request has an id: the caller's {@code X-Request-ID} when it is a sensible token, a new one otherwise. It is
 * echoed on the response, put in the logs (MDC {@code requestId}) and recorded in audit entries and events.
 */
public class RequestIds {
    public static final String HEADER = "X-Request-ID";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    private final RequestId current;

    RequestIds(RequestId current) {
        this.current = current;
    }

    @ServerRequestFilter(preMatching = true, priority = 1)
    public void assign(ContainerRequestContext request) {
        String offered = request.getHeaderString(HEADER);
        String id = offered != null && ACCEPTED.matcher(offered.trim()).matches() ? offered.trim() : RandomUuids.next().toString();
        current.set(id);
        MDC.put("requestId", id);
    }

    @ServerResponseFilter
    public void echo(ContainerResponseContext response) {
        if (current.value() != null) {
            response.getHeaders().putSingle(HEADER, current.value());
        }
        MDC.remove("requestId");
    }
}
