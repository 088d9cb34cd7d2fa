package al.childprotection.kit.problem;

/** A request the domain refuses, with the status the caller should see and, where one is to blame, the field. */
public class RequestRejectedException extends RuntimeException {

    private final int status;
    private final String title;
    private final String field;

    public RequestRejectedException(int status, String title, String field, String message) {
        super(message);
        this.status = status;
        this.title = title;
        this.field = field;
    }

    public static RequestRejectedException notFound(String what) {
        return new RequestRejectedException(404, "Not Found", null, what + " not found");
    }

    /** {@code what}: the record's type and id ({@code "case <id>"}); the attempt is audited as refused. */
    public static RequestRejectedException outOfScope(String what) {
        return new OutOfScopeException(null, what, null);
    }

    /** The same, for a record held by {@code municipality}: its supervisor sees the refused attempt. */
    public static RequestRejectedException outOfScope(String what, String municipality) {
        return new OutOfScopeException(null, what, municipality);
    }

    /** The same, for a record a request body names in {@code field}: the problem names the field. */
    public static RequestRejectedException outOfScope(String field, String what, String municipality) {
        return new OutOfScopeException(field, what, municipality);
    }

    public static RequestRejectedException forbidden(String message) {
        return new RequestRejectedException(403, "Forbidden", null, message);
    }

    public static RequestRejectedException invalid(String field, String message) {
        return new RequestRejectedException(400, "Invalid request", field, message);
    }

    /**
     * A value that must be one of a fixed set: names the field and the values it takes, never the value sent (a
     * problem detail does not repeat the caller's input).
     */
    public static RequestRejectedException notOneOf(String field, Enum<?>[] values) {
        return invalid(field, "must be one of " + java.util.Arrays.stream(values).map(Enum::name)
                .collect(java.util.stream.Collectors.joining(", ")));
    }

    /** The record is not in a state that allows this step (an impossible transition). */
    public static RequestRejectedException conflict(String message) {
        return new RequestRejectedException(409, "Conflict", null, message);
    }

    /** The request is well-formed but contradicts what the platform already holds. */
    public static RequestRejectedException conflicting(String field, String message) {
        return new RequestRejectedException(422, "Unprocessable Content", field, message);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }
}
