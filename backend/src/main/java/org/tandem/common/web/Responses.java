package org.tandem.common.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.jboss.resteasy.reactive.RestResponse;

/** Responses that carry the record's version as an ETag, and 201 Created with a Location. */
public final class Responses {
    private Responses() {}

    public static <T> RestResponse<T> ok(T body, long version) {
        return RestResponse.ResponseBuilder.<T>ok(body).header(HttpHeaders.ETAG, Versions.etag(version)).build();
    }

    public static <T> RestResponse<T> created(UriInfo uriInfo, Object id, T body, long version) {
        URI location = uriInfo.getAbsolutePathBuilder().path(id.toString()).build();
        return RestResponse.ResponseBuilder.<T>created(location).entity(body)
                .header(HttpHeaders.ETAG, Versions.etag(version)).build();
    }

    /** Created under a path other than the one the request was sent to, e.g. an item created through its parent. */
    public static <T> RestResponse<T> createdAt(URI location, T body, long version) {
        return RestResponse.ResponseBuilder.<T>created(location).entity(body)
                .header(HttpHeaders.ETAG, Versions.etag(version)).build();
    }
}
