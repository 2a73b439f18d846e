package org.tandem.common.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Operations take JSON unless they say otherwise with {@code @Consumes} (receipts take files). Without this, a body
 * sent as text/plain could still be read into a request record with one String field, bypassing the JSON rules.
 */
public class JsonBodies {
    @ServerRequestFilter
    public void requireJson(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !request.hasEntity() || declaresMediaTypes(method)) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.getSubtype().endsWith("+json")) {
            throw new NotSupportedException("This operation takes application/json, not " + type + ".");
        }
    }

    private static boolean declaresMediaTypes(Method method) {
        return method.isAnnotationPresent(Consumes.class) || method.getDeclaringClass().isAnnotationPresent(Consumes.class);
    }
}
