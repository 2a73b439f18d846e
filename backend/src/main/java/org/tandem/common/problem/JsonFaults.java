package org.tandem.common.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Names the place in a request body where reading it failed, as Bean Validation names it: {@code members[0].role}
 * for an object body, {@code items[0].text} for an array body whose resource parameter is called {@code items}.
 */
final class JsonFaults {
    private JsonFaults() {}

    /** The resource method's body parameter: the one JAX-RS fills from the entity, without a JAX-RS annotation. */
    static String bodyName(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method != null) {
            for (java.lang.reflect.Parameter parameter : method.getParameters()) {
                if (!hasJaxRsAnnotation(parameter)) {
                    return parameter.getName();
                }
            }
        }
        return "body";
    }

    static String pathOf(JsonMappingException e, String root) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                if (path.isEmpty()) {
                    path.append(root);
                }
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    /**
     * Malformed text: a key given twice, bad UTF-8 or a bad token names the field where the parser stood; a body
     * cut short, too deep or too long is a fault of the body as a whole.
     */
    static Problem.FieldError unreadable(JsonProcessingException e, String root) {
        if (e instanceof StreamConstraintsException) {
            return new Problem.FieldError("body", "is nested too deeply or holds a value too long");
        }
        if (e instanceof JsonEOFException) {
            return new Problem.FieldError("body", "ends before the JSON is complete");
        }
        String field = e instanceof StreamReadException read && read.getProcessor() instanceof JsonParser parser
                ? pathOf(parser.getParsingContext(), root) : "body";
        String message;
        if (e instanceof InputCoercionException) {
            message = "is out of range";
        } else if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
            // Jackson has no type of its own for STRICT_DUPLICATE_DETECTION's refusal, only this message.
            message = "is given more than once";
        } else {
            message = "is not well-formed JSON";
        }
        return new Problem.FieldError(field, message);
    }

    private static String pathOf(JsonStreamContext context, String root) {
        Deque<String> segments = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                segments.push(c.getParent() != null && c.getParent().inRoot() ? c.getCurrentName() : "." + c.getCurrentName());
            } else if (c.inArray()) {
                segments.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
        }
        if (segments.isEmpty()) {
            return "body";
        }
        String path = String.join("", segments);
        return path.startsWith("[") ? root + path : path;
    }

    private static boolean hasJaxRsAnnotation(java.lang.reflect.Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            String name = annotation.annotationType().getPackageName();
            if (name.startsWith("jakarta.ws.rs") || name.startsWith("org.jboss.resteasy.reactive")) {
                return true;
            }
        }
        return false;
    }
}
