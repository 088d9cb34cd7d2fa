package al.childprotection.notification.service;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.EventType;
import al.childprotection.notification.config.FeedConfig;

/**
 * Which event types each ministry client may read, in the pull feed and in its pushes: the types configured for
 * it, and nothing for a client that is not configured. A type the platform does not know stops the service at
 * start: a typo must not silently withhold (or pass on) a kind of event.
 */
@ApplicationScoped
public class FeedEntitlements {

    private final Map<String, List<String>> typesByClient;

    FeedEntitlements(FeedConfig config) {
        this.typesByClient = config.clients().entrySet().stream().collect(Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> e.getValue().eventTypes().stream().map(String::trim).distinct().toList()));
        typesByClient.forEach((client, types) -> types.forEach(type -> {
            if (EventType.ofCeType(type).isEmpty()) {
                throw new IllegalStateException("platform.feed.clients." + client + ".event-types: unknown type '"
                        + type + "'");
            }
        }));
    }

    /** The types the client may read; empty for a client that is not configured. */
    public List<String> typesOf(String clientId) {
        return typesByClient.getOrDefault(clientId, List.of());
    }

    public boolean mayRead(String clientId, String eventType) {
        return typesOf(clientId).contains(eventType);
    }
}
