package al.childprotection.notification.service;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.notification.repository.FeedSubscriberRepository;
import io.smallrye.mutiny.Uni;

/**
 * Each subscriber's own names for what it sees: a child's pseudonymous id is a keyed hash (HMAC-SHA256) of the
 * child's key with the subscriber's key, so the same child has the same id every time for one ministry and a
 * different id for each other ministry; without the key nothing leads back to the child. A subscriber's key is
 * made the first time it calls, and kept.
 * <p>
 * The feed's cursors are the subscriber's own too: the position in the feed, encrypted and authenticated
 * (AES-GCM) with a key derived from the subscriber's key and bound to its client id. Two ministries' cursors for
 * the same entry have nothing in common, and a cursor that another subscriber made or that was altered does not
 * open.
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

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** A cursor that this subscriber's key did not make. */
    public static final class NotACursor extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotACursor() {
            super("not a cursor of this subscriber", null, false, false);
        }
    }

    /** A subscriber's key, with the ids and cursors it makes. */
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

        /** The subscriber's cursor for a position of the feed (0: before the first entry). */
        public String cursor(long position) {
            byte[] nonce = Arrays.copyOf(hmac("cursor-nonce:" + position), NONCE_BYTES);
            byte[] sealed;
            try {
                sealed = cipher(Cipher.ENCRYPT_MODE, nonce)
                        .doFinal(ByteBuffer.allocate(Long.BYTES).putLong(position).array());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM failed", e);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        }

        /** The position a cursor of this subscriber stands for; refuses any other subscriber's, or an altered one. */
        public long position(String cursor) {
            try {
                byte[] raw = Base64.getUrlDecoder().decode(cursor);
                if (raw.length != NONCE_BYTES + Long.BYTES + TAG_BITS / 8) {
                    throw new NotACursor();
                }
                byte[] plain = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(raw, NONCE_BYTES))
                        .doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES);
                long position = ByteBuffer.wrap(plain).getLong();
                if (position < 0) {
                    throw new NotACursor();
                }
                return position;
            } catch (IllegalArgumentException | GeneralSecurityException | UnsupportedOperationException e) {
                throw new NotACursor();
            }
        }

        private Cipher cipher(int mode, byte[] nonce) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(mode, new SecretKeySpec(Arrays.copyOf(hmac("cursor-key"), 16), "AES"),
                        new GCMParameterSpec(TAG_BITS, nonce));
                cipher.updateAAD(clientId.getBytes(StandardCharsets.UTF_8));
                return cipher;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is not available", e);
            }
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
