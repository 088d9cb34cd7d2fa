package al.childprotection.kit.inbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import al.childprotection.contracts.EventType;
import al.childprotection.kit.cloudevents.CloudEvent;
import al.childprotection.kit.cloudevents.EventPayloads;
import al.childprotection.kit.cloudevents.UnknownEventTypeException;
import io.smallrye.mutiny.Uni;

/**
 * What each event type does to this service. A known type without a handler is recorded as processed and
 * otherwise ignored: a topic carries more than any one consumer needs. A type the contracts do not know (a newer
 * version, a stranger's event) is poison: it goes to the dead-letter topic, to be replayed after an upgrade.
 */
public final class EventHandlers implements Function<CloudEvent, Uni<?>> {

    /** The effect of one event type, given its payload and the event around it (id, correlation id). */
    @FunctionalInterface
    public interface Handler<T> {
        Uni<?> handle(T payload, CloudEvent event);
    }

    private final Map<String, Function<CloudEvent, Uni<?>>> byType = new HashMap<>();

    private EventHandlers() {
    }

    public static EventHandlers create() {
        return new EventHandlers();
    }

    public <T extends Record> EventHandlers on(EventType type, Class<T> payload, Handler<T> handler) {
        byType.put(type.ceType(), event -> handler.handle(EventPayloads.decode(event, payload), event));
        return this;
    }

    @Override
    public Uni<?> apply(CloudEvent event) {
        Function<CloudEvent, Uni<?>> handler = byType.get(event.type());
        if (handler != null) {
            return handler.apply(event);
        }
        return EventType.ofCeType(event.type()).isPresent()
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new UnknownEventTypeException(event));
    }
}
