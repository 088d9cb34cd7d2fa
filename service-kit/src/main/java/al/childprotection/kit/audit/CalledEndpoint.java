package al.childprotection.kit.audit;

import java.lang.reflect.Method;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Path;

/**
 * The endpoint of the current request as its method and path template ({@code GET /intakes/{id}}): the template,
 * not the path, so that an audit record names the operation and never carries a query string.
 */
@RequestScoped
public class CalledEndpoint {

    private String method;
    private String path;

    void remember(String method, String path) {
        this.method = method;
        this.path = path;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    static String template(Class<?> resource, Method method) {
        String path = segment(resource == null ? null : resource.getAnnotation(Path.class))
                + segment(method == null ? null : method.getAnnotation(Path.class));
        return path.isEmpty() ? "/" : path;
    }

    private static String segment(Path path) {
        if (path == null || path.value().isBlank() || path.value().equals("/")) {
            return "";
        }
        String value = path.value().endsWith("/") ? path.value().substring(0, path.value().length() - 1) : path.value();
        return value.startsWith("/") ? value : "/" + value;
    }
}
