package al.childprotection.kit.cloudevents;

import al.childprotection.contracts.EventSchemas;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns event payload records into JSON and back, with the one mapper the contracts are written for. */
@ApplicationScoped
public class EventPayloads {

    private static final ObjectMapper MAPPER = EventSchemas.mapper();

    public String toJson(Record payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialize " + payload.getClass().getSimpleName(), e);
        }
    }

    /** The payload of an event as its record; a payload that does not fit is malformed, not worth retrying. */
    public static <T> T decode(CloudEvent event, Class<T> type) {
        try {
            return MAPPER.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException(event, e);
        }
    }
}
