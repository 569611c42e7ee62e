package org.peercoaching.kit.problem;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Finds the query parameters of a request that cannot be converted to the type the resource method takes. The
 * framework answers such a request with a bare 404 (as JAX-RS says); the caller needs a 400 naming the parameter.
 */
final class QueryParameters {

    private QueryParameters() {}

    static List<Problem.FieldError> unconvertible(Method method, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (method == null || uri == null) {
            return errors;
        }
        for (Parameter parameter : method.getParameters()) {
            String name = nameOf(parameter);
            if (name == null) {
                continue;
            }
            List<String> values = uri.getQueryParameters().get(name);
            if (values == null) {
                continue;
            }
            Class<?> type = parameter.getType();
            for (String value : values) {
                if (!converts(type, value)) {
                    errors.add(new Problem.FieldError(name, "must be " + JsonTypes.describe(type)
                            .replace(" (not in quotes)", "").replace(" as text", "")));
                    break;
                }
            }
        }
        return errors;
    }

    /**
     * The query parameters this method does not take, and those it takes given with no value or (true/false ones)
     * with anything but true or false; sorted by name.
     */
    static List<Problem.FieldError> refused(Method method, UriInfo uri) {
        java.util.Map<String, Class<?>> declared = new java.util.TreeMap<>();
        for (Parameter parameter : method.getParameters()) {
            String name = nameOf(parameter);
            if (name != null) {
                declared.put(name, parameter.getType());
            }
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        new java.util.TreeMap<>(uri.getQueryParameters()).forEach((name, values) -> {
            Class<?> type = declared.get(name);
            if (type == null) {
                errors.add(new Problem.FieldError(name, declared.isEmpty() ? "is not a parameter: this takes none"
                        : "is not a parameter of this; it takes " + String.join(", ", declared.keySet())));
            } else if (values.stream().anyMatch(String::isEmpty)) {
                errors.add(new Problem.FieldError(name, "must have a value; leave it out for the default"));
            } else if ((type == boolean.class || type == Boolean.class)
                    && values.stream().anyMatch(v -> !v.equals("true") && !v.equals("false"))) {
                errors.add(new Problem.FieldError(name, "must be true or false"));
            }
        });
        return errors;
    }

    private static String nameOf(Parameter parameter) {
        QueryParam query = parameter.getAnnotation(QueryParam.class);
        if (query != null) {
            return query.value();
        }
        RestQuery rest = parameter.getAnnotation(RestQuery.class);
        if (rest != null) {
            return rest.value().isEmpty() ? parameter.getName() : rest.value();
        }
        return null;
    }

    static boolean converts(Class<?> type, String value) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value);
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value);
            } else if (type == short.class || type == Short.class) {
                Short.parseShort(value);
            } else if (type == double.class || type == Double.class) {
                Double.parseDouble(value);
            } else if (type == float.class || type == Float.class) {
                Float.parseFloat(value);
            } else if (type == UUID.class) {
                UUID.fromString(value);
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type == Instant.class) {
                Instant.parse(value);
            } else if (type.isEnum()) {
                return enumConverts(type, value);
            } else {
                return otherConverts(type, value);
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static boolean enumConverts(Class<?> type, String value) {
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** Other types convert the JAX-RS way, through a static valueOf or fromString; failing that, assume they do. */
    private static boolean otherConverts(Class<?> type, String value) {
        for (String factory : new String[] {"valueOf", "fromString", "parse"}) {
            try {
                Method m = type.getMethod(factory, String.class);
                if (Modifier.isStatic(m.getModifiers())) {
                    m.invoke(null, value);
                    return true;
                }
            } catch (NoSuchMethodException e) {
                // try the next factory
            } catch (ReflectiveOperationException e) {
                return false;
            }
        }
        return true;
    }
}
