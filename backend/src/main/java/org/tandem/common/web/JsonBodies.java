package org.tandem.common.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Operations that take a body take JSON unless they say otherwise with {@code @Consumes} (receipts take files). Without this, a body
 * sent as text/plain could still be read into a request record with one String field, bypassing the JSON rules.
 */
public class JsonBodies {
    @ServerRequestFilter
    public void requireJson(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || !request.hasEntity() || declaresMediaTypes(method) || !takesBody(method)) {
            return;
        }
        MediaType type = request.getMediaType();
        if (type != null && !type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.getSubtype().endsWith("+json")) {
            throw new NotSupportedException("This operation takes application/json, not " + type + ".");
        }
    }

    /** The body parameter is the one JAX-RS does not fill from the path, query, headers or context. */
    private static boolean takesBody(Method method) {
        for (Parameter parameter : method.getParameters()) {
            boolean filledByJaxRs = Arrays.stream(parameter.getAnnotations()).map(a -> a.annotationType().getPackageName())
                    .anyMatch(name -> name.startsWith("jakarta.ws.rs") || name.startsWith("org.jboss.resteasy.reactive"));
            if (!filledByJaxRs) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaresMediaTypes(Method method) {
        return method.isAnnotationPresent(Consumes.class) || method.getDeclaringClass().isAnnotationPresent(Consumes.class);
    }
}
