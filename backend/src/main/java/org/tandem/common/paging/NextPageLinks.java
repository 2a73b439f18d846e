package org.tandem.common.paging;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.StringJoiner;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Every page that has a next one links to it (RFC 8288 {@code Link: <...>; rel="next"}), with the request's other
 * parameters kept: walking in order of change the next page is {@code after=nextCursor}, otherwise {@code page+1}.
 */
public class NextPageLinks {
    @ServerResponseFilter
    public void linkNext(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !(response.getEntity() instanceof Page<?> page)) {
            return;
        }
        URI uri = request.getUriInfo().getRequestUri();
        if (page.nextCursor() != null) {
            response.getHeaders().add("Link", link(uri, ChangeParams.AFTER, page.nextCursor()));
        } else if (page.page() + 1 < page.totalPages() && !walksByChange(request)) {
            response.getHeaders().add("Link", link(uri, "page", String.valueOf(page.page() + 1)));
        }
    }

    /** The request's address with one parameter set; the others are kept as they were sent (still encoded). */
    private static String link(URI uri, String parameter, String value) {
        StringJoiner query = new StringJoiner("&");
        if (uri.getRawQuery() != null) {
            Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(part -> !part.isEmpty() && !part.equals(parameter) && !part.startsWith(parameter + "="))
                    .forEach(query::add);
        }
        query.add(parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        String address = uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath() + "?" + query;
        return "<" + address + ">; rel=\"next\"";
    }

    private static boolean walksByChange(ContainerRequestContext request) {
        var query = request.getUriInfo().getQueryParameters();
        return !blank(query.getFirst(ChangeParams.AFTER)) || !blank(query.getFirst(ChangeParams.UPDATED_SINCE));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
