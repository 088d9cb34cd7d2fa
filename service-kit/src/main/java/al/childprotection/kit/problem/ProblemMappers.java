package al.childprotection.kit.problem;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** The one place where failures become problem+json responses; nothing else builds error bodies. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

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
                    List.of(new Problem.FieldError(field, "wrong type or format"))).toResponse();
        }
        return Problem.invalid("the body is not well-formed JSON", List.of()).toResponse();
    }

    @ServerExceptionMapper
    public Response rejected(RequestRejectedException e) {
        return new Problem("about:blank", e.title(), e.status(), e.getMessage(),
                e.field() == null ? List.of() : List.of(new Problem.FieldError(e.field(), e.getMessage())))
                .toResponse();
    }

    @ServerExceptionMapper({ UnauthorizedException.class, AuthenticationFailedException.class })
    public Response unauthenticated() {
        return Problem.of(Response.Status.UNAUTHORIZED, "a valid bearer token is required").toResponse();
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
        return Problem.of(status, e.getMessage()).toResponse();
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
