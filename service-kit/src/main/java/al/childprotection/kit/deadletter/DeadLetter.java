package al.childprotection.kit.deadletter;

import java.time.Instant;

/**
 * One message a consumer gave up on, as an administrator sees it: where it came from, what it was and why it
 * failed. Not its payload: that may carry a child's details, and the reason is what the administrator acts on.
 */
public record DeadLetter(
        String topic,
        int partition,
        long offset,
        String sourceTopic,
        String key,
        String eventId,
        String eventType,
        String reason,
        String cause,
        Instant deadLetteredAt,
        int payloadBytes) {
}
