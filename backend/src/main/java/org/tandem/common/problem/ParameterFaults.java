package org.tandem.common.problem;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds the path or query parameter that JAX-RS could not convert. JAX-RS answers such a value with a bare 404
 * that names nothing; this looks at the matched resource method to say which parameter is wrong, and how.
 */
final class ParameterFaults {
    private ParameterFaults() {}

    static Optional<Problem.FieldError> unconvertible(Method method, UriInfo uri) {
        if (method == null) {
            return Optional.empty();
        }
        for (java.lang.reflect.Parameter parameter : method.getParameters()) {
            Optional<Problem.FieldError> fault = parameter.isAnnotationPresent(BeanParam.class)
                    ? inBean(parameter.getType(), uri)
                    : check(parameter, parameter.getType(), parameter.getParameterizedType(), uri);
            if (fault.isPresent()) {
                return fault;
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem.FieldError> inBean(Class<?> bean, UriInfo uri) {
        for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    Optional<Problem.FieldError> fault = check(field, field.getType(), field.getGenericType(), uri);
                    if (fault.isPresent()) {
                        return fault;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem.FieldError> check(AnnotatedElement element, Class<?> type, Type generic, UriInfo uri) {
        String name;
        MultivaluedMap<String, String> values;
        if (element.getAnnotation(PathParam.class) != null) {
            name = element.getAnnotation(PathParam.class).value();
            values = uri.getPathParameters();
        } else if (element.getAnnotation(QueryParam.class) != null) {
            name = element.getAnnotation(QueryParam.class).value();
            values = uri.getQueryParameters();
        } else {
            return Optional.empty();
        }
        Class<?> valueType = Collection.class.isAssignableFrom(type) ? elementType(generic) : type;
        for (String value : values.getOrDefault(name, List.of())) {
            if (!converts(valueType, value)) {
                return Optional.of(new Problem.FieldError(name, expectation(valueType)));
            }
        }
        return Optional.empty();
    }

    /** The conversions JAX-RS applies to a parameter: a static valueOf or fromString, or a String constructor. */
    private static boolean converts(Class<?> type, String value) {
        Class<?> boxed = type.isPrimitive() ? box(type) : type;
        if (boxed == String.class || boxed == Boolean.class) {
            return true;
        }
        try {
            if (boxed.isEnum()) {
                for (Object constant : boxed.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(value)) {
                        return true;
                    }
                }
                return false;
            }
            for (String factory : List.of("valueOf", "fromString", "parse")) {
                try {
                    Method m = boxed.getMethod(factory, String.class);
                    if (Modifier.isStatic(m.getModifiers())) {
                        m.invoke(null, value);
                        return true;
                    }
                } catch (NoSuchMethodException next) {
                    // try the next way JAX-RS converts
                }
            }
            boxed.getConstructor(String.class).newInstance(value);
            return true;
        } catch (ReflectiveOperationException | RuntimeException refused) {
            return false;
        }
    }

    private static String expectation(Class<?> type) {
        Class<?> boxed = type.isPrimitive() ? box(type) : type;
        if (boxed.isEnum()) {
            return "must be one of " + Arrays.toString(boxed.getEnumConstants());
        }
        if (boxed == UUID.class) {
            return "must be a UUID";
        }
        if (boxed == Integer.class) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (boxed == Long.class) {
            return "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return "must be a valid " + boxed.getSimpleName();
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return String.class;
    }

    private static Class<?> box(Class<?> primitive) {
        return switch (primitive.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            default -> Character.class;
        };
    }
}
