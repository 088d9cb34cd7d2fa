package al.childprotection.kit.cloudevents;

import al.childprotection.contracts.EventSchemas;
import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns event payload records into JSON and back, with the one mapper the contracts are written for. */
@ApplicationScoped
public class EventPayloads {

    private final ObjectMapper mapper = EventSchemas.mapper();

    public String toJson(Record payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialize " + payload.getClass().getSimpleName(), e);
        }
    }

    public <T> T read(CloudEvent event, Class<T> type) {
        try {
            return mapper.readValue(event.data(), type);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException(event, e);
        }
    }
}
