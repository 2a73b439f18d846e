package org.tandem.export;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Writes an {@link ExportBody} as it comes, in whichever of the export formats it is: ahead of Jackson, which would
 * otherwise take a JSON or NDJSON answer for an object to serialise.
 */
@Provider
@Produces({ExportResource.NDJSON, ExportResource.CSV, MediaType.APPLICATION_JSON, ExportResource.ZIP})
@Priority(Priorities.USER - 100)
public class ExportBodyWriter implements ServerMessageBodyWriter<ExportBody> {
    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return ExportBody.class.isAssignableFrom(type);
    }

    @Override
    public void writeResponse(ExportBody body, Type genericType, ServerRequestContext context) throws IOException {
        try (OutputStream out = context.getOrCreateOutputStream()) {
            body.writeTo(out);
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ExportBody.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(ExportBody body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        body.writeTo(out);
    }
}
