package al.childprotection.kit.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.UUID;
import java.util.function.Function;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * A query parameter that cannot be read as its type ({@code ?limit=abc}) is the caller's mistake: 400 naming the
 * parameter, never echoing the value. JAX-RS answers 404 for it (Quarkus REST wraps the conversion error in a
 * {@code NotFoundException}), as if the list did not exist. Path parameters keep the default: an id that cannot
 * be parsed names a record that cannot exist, which is a 404.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = queryParameterOf(annotations);
        if (name == null) {
            return null;
        }
        if (rawType == int.class || rawType == Integer.class) {
            return converter(name, "must be a whole number", Integer::valueOf);
        }
        if (rawType == long.class || rawType == Long.class) {
            return converter(name, "must be a whole number", Long::valueOf);
        }
        if (rawType == short.class || rawType == Short.class) {
            return converter(name, "must be a whole number", Short::valueOf);
        }
        if (rawType == double.class || rawType == Double.class) {
            return converter(name, "must be a number", Double::valueOf);
        }
        if (rawType == UUID.class) {
            return converter(name, "must be a UUID", UUID::fromString);
        }
        if (rawType.isEnum() && !hasFromString(rawType)) {
            return converter(name, RequestRejectedException.notOneOf(name, (Enum<?>[]) rawType.getEnumConstants())
                    .getMessage(), value -> enumValue(rawType, value));
        }
        return null;
    }

    private static <T> ParamConverter<T> converter(String name, String expected, Function<String, Object> parse) {
        return new ParamConverter<>() {

            @Override
            @SuppressWarnings("unchecked")
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) parse.apply(value);
                } catch (IllegalArgumentException e) { // NumberFormatException too
                    throw RequestRejectedException.invalid(name, expected);
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String queryParameterOf(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    /** JAX-RS reads an enum with a {@code fromString} through it; those keep their own conversion. */
    private static boolean hasFromString(Class<?> type) {
        try {
            Method method = type.getMethod("fromString", String.class);
            return Modifier.isStatic(method.getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Object enumValue(Class<?> type, String value) {
        return Enum.valueOf((Class<? extends Enum>) type, value);
    }
}
