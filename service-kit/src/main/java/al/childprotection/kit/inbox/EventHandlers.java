package al.childprotection.kit.inbox;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import al.childprotection.contracts.EventType;
import al.childprotection.kit.cloudevents.CloudEvent;
import al.childprotection.kit.cloudevents.EventPayloads;
import al.childprotection.kit.cloudevents.UnknownEventTypeException;
import io.smallrye.mutiny.Uni;

/**
 * What each event type of one topic does to this service, stated in one place per channel: the types it
 * handles, and the types it ignores on purpose. {@link #complete()} refuses a declaration that leaves a type of
 * the topic in neither list, so a service does not start, and its tests fail, when the contracts gain a type its
 * consumer has not decided about. At run time, an ignored type is recorded as processed; a type in neither list
 * (a newer version, a stranger's event) is poison: it goes to the dead-letter topic, to be replayed after an
 * upgrade.
 */
public final class EventHandlers implements Function<CloudEvent, Uni<?>> {

    /** The effect of one event type, given its payload and the event around it (id, correlation id). */
    @FunctionalInterface
    public interface Handler<T> {
        Uni<?> handle(T payload, CloudEvent event);
    }

    private final String topic;
    private final Map<String, Function<CloudEvent, Uni<?>>> byType = new HashMap<>();
    private final Set<EventType> ignored = EnumSet.noneOf(EventType.class);

    private EventHandlers(String topic) {
        this.topic = topic;
    }

    /** The handlers of a channel that reads {@code topic} (one of {@code Topics}). */
    public static EventHandlers forTopic(String topic) {
        return new EventHandlers(topic);
    }

    public <T extends Record> EventHandlers on(EventType type, Class<T> payload, Handler<T> handler) {
        requireOfTopic(type);
        byType.put(type.ceType(), event -> handler.handle(EventPayloads.decode(event, payload), event));
        return this;
    }

    /** Types of this topic that this service has no use for, on purpose. */
    public EventHandlers ignore(EventType... types) {
        Arrays.stream(types).forEach(this::requireOfTopic);
        ignored.addAll(Arrays.asList(types));
        return this;
    }

    /** The declaration, checked: every type of the topic is handled or ignored. */
    public EventHandlers complete() {
        Set<EventType> undecided = undecided();
        if (!undecided.isEmpty()) {
            throw new IllegalStateException("the consumer of " + topic + " neither handles nor ignores "
                    + undecided.stream().map(EventType::ceType).sorted().collect(Collectors.joining(", ")));
        }
        return this;
    }

    /** The types of the topic in neither list. */
    public Set<EventType> undecided() {
        return Arrays.stream(EventType.values())
                .filter(type -> type.topic().equals(topic))
                .filter(type -> !byType.containsKey(type.ceType()) && !ignored.contains(type))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(EventType.class)));
    }

    @Override
    public Uni<?> apply(CloudEvent event) {
        Function<CloudEvent, Uni<?>> handler = byType.get(event.type());
        if (handler != null) {
            return handler.apply(event);
        }
        return EventType.ofCeType(event.type()).filter(ignored::contains).isPresent()
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new UnknownEventTypeException(event));
    }

    private void requireOfTopic(EventType type) {
        if (!type.topic().equals(topic)) {
            throw new IllegalArgumentException(type.ceType() + " is not an event of " + topic);
        }
    }
}
