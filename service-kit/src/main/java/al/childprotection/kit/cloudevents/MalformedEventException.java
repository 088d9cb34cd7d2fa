package al.childprotection.kit.cloudevents;

import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * The payload does not match its type: retrying will not help, the event goes to the dead-letter topic.
 *
 * <p>The message names the field and what was wrong with it, never the value: the parser's own message quotes
 * the value (a child's name, a date of birth), and it would reach the log and the dead-letter topic's
 * {@code dead-letter-reason} and {@code dead-letter-cause} headers. So the parser's exception is not kept as
 * the cause either; the payload itself stays readable on the dead-letter topic.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(CloudEvent event, JsonProcessingException parsing) {
        super("event " + event.id() + " of type " + event.type() + " has a malformed payload: " + where(parsing)
                + " (" + parsing.getClass().getSimpleName() + ")");
    }

    private static String where(JsonProcessingException parsing) {
        if (parsing instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "field " + mapping.getPath().stream()
                    .map(step -> step.getFieldName() != null ? step.getFieldName() : "[" + step.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        JsonLocation location = parsing.getLocation();
        return location == null ? "not JSON"
                : "not JSON at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
