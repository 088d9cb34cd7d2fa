package al.childprotection.kit.problem;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one place where failures become problem+json responses; nothing else builds error bodies. A body names the
 * field at fault and what it expects, never the value the caller sent: a problem detail is shown, logged and
 * copied, and what a caller typed ({@code ?status=<script>...}) has no business travelling with it.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    @ConfigProperty(name = "platform.security.realm", defaultValue = "child-protection")
    String realm;

    @ServerExceptionMapper
    public Response invalidFields(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return Problem.invalid("invalid fields: " + fields, errors).toResponse();
    }

    @ServerExceptionMapper
    public Response wrongTypeOrFormat(MismatchedInputException e) {
        return unreadableBody(e);
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e) {
        if (!notWellFormed(e) && e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = pathOf(mapping);
            return Problem.invalid("field '" + field + "' has the wrong type or format",
                    List.of(new Problem.FieldError(field, expectedOf(mapping)))).toResponse();
        }
        return Problem.invalid("the body is not well-formed JSON", List.of()).toResponse();
    }

    @ServerExceptionMapper
    public Response rejected(RequestRejectedException e) {
        return new Problem("about:blank", e.title(), e.status(), e.getMessage(),
                e.field() == null ? List.of() : List.of(new Problem.FieldError(e.field(), e.getMessage())))
                .toResponse();
    }

    /**
     * RFC 6750: a 401 tells the client which scheme to use, and, when it sent a bearer token, that the token is no
     * good (expired, forged, of another realm, or issued for another audience), so that it fetches a new one.
     */
    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated(HttpHeaders headers) {
        String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean tokenSent = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        Response response = Problem.of(Response.Status.UNAUTHORIZED, tokenSent
                ? "the bearer token is not valid for this platform" : "a valid bearer token is required")
                .toResponse();
        return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE,
                "Bearer realm=\"" + realm + "\"" + (tokenSent ? ", error=\"invalid_token\"" : "")).build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Response.Status.FORBIDDEN, "your role does not allow this").toResponse();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException unreadable) {
                return unreadableBody(unreadable);
            }
            // a query parameter that QueryParameters could not convert: Quarkus REST wraps it in a 404
            if (cause instanceof RequestRejectedException refused) {
                return rejected(refused);
            }
        }
        LOG.debugf(e, "request refused with %d", e.getResponse().getStatus());
        Response.Status status = Response.Status.fromStatusCode(e.getResponse().getStatus());
        if (status == null) {
            status = Response.Status.INTERNAL_SERVER_ERROR;
        }
        // the framework's message may carry what the caller sent (a path segment, a media type): not repeated
        return Problem.of(status, status == Response.Status.NOT_FOUND ? "no such resource"
                : status.getReasonPhrase().toLowerCase(Locale.ROOT)).toResponse();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("unexpected failure", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "an unexpected error occurred; nothing was stored")
                .toResponse();
    }

    /** {@code create.request.child.givenName} -> {@code child.givenName}; {@code list.limit} -> {@code limit}. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        int skip = 0;
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
            skip = 1;
            // a body parameter's own name means nothing to the client; a query or header parameter's does
            if (nodes.size() > 2 && nodes.get(1).getKind() == ElementKind.PARAMETER) {
                skip = 2;
            }
        }
        return nodes.stream().skip(skip)
                .map(n -> n.getName() + (n.getIndex() != null ? "[" + n.getIndex() + "]" : ""))
                .collect(Collectors.joining("."));
    }

    /** A truncated or broken document surfaces as a mapping error of the field being read when it broke. */
    private static boolean notWellFormed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException) {
                return true;
            }
        }
        return false;
    }

    /** What a field of the body expects, by its Java type: the caller learns what to send, not what it sent. */
    private static String expectedOf(JsonMappingException e) {
        if (!(e instanceof MismatchedInputException mismatch) || mismatch.getTargetType() == null) {
            return "wrong type or format";
        }
        Class<?> type = mismatch.getTargetType();
        if (type.isEnum()) {
            return RequestRejectedException.notOneOf(pathOf(e), (Enum<?>[]) type.getEnumConstants()).getMessage();
        }
        if (type == String.class) {
            return e instanceof InvalidFormatException ? "must be a text without the NUL character" : "must be a text";
        }
        if (type == UUID.class) {
            return "must be a UUID";
        }
        if (type == LocalDate.class) {
            return "must be a date such as 2026-11-28";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "must be a date and time such as 2026-11-28T09:30:00Z";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return "must be a whole number";
        }
        if (type == double.class || type == Double.class || Number.class.isAssignableFrom(type)) {
            return "must be a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "must be true or false";
        }
        return "wrong type or format";
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
