package al.childprotection.notification.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.notification.repository.FeedSubscriberRepository;
import io.smallrye.mutiny.Uni;

/**
 * Each subscriber's own names for what it sees: a child's pseudonymous id is a keyed hash (HMAC-SHA256) of the
 * child's key with the subscriber's key, so the same child has the same id every time for one ministry and a
 * different id for each other ministry; without the key nothing leads back to the child. A subscriber's key is
 * made the first time it calls, and kept.
 */
@ApplicationScoped
public class Pseudonyms {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedSubscriberRepository subscribers;
    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();

    Pseudonyms(FeedSubscriberRepository subscribers) {
        this.subscribers = subscribers;
    }

    /** The subscriber's key, made and recorded on its first call. Call inside a session. */
    public Uni<SubscriberKey> of(String clientId) {
        byte[] cached = keys.get(clientId);
        if (cached != null) {
            return Uni.createFrom().item(new SubscriberKey(clientId, cached));
        }
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        return subscribers.addIfAbsent(clientId, fresh, Instant.now())
                .chain(() -> subscribers.findById(clientId))
                .map(subscriber -> {
                    keys.put(clientId, subscriber.pseudonymKey);
                    return new SubscriberKey(clientId, subscriber.pseudonymKey);
                });
    }

    /** A subscriber's key, with the ids it makes. */
    public record SubscriberKey(String clientId, byte[] key) {

        /** The child's id for this subscriber: 32 hex digits. */
        public String child(String childKey) {
            return HexFormat.of().formatHex(hmac("child:" + childKey), 0, 16);
        }

        /** The id of a feed entry for this subscriber, the same in the pull feed and in every push attempt. */
        public String event(long cursor) {
            ByteBuffer bytes = ByteBuffer.wrap(hmac("event:" + cursor));
            long high = (bytes.getLong() & ~0xF000L) | 0x8000L;
            long low = (bytes.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(high, low).toString();
        }

        private byte[] hmac(String value) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
        }
    }
}
