package al.childprotection.notification.rest;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A ministry's push subscription: where to deliver, which event types (CloudEvents types such as
 * {@code al.childprotection.referral.created.v1}), and the Standard Webhooks secret ({@code whsec_...}) every
 * delivery is signed with. {@code after} replays from one of the subscriber's own feed cursors; without it, delivery
 * starts with the next event. The callback's host must resolve to public addresses (or allow-listed ones).
 */
public record SubscriptionRequest(
        @NotBlank @Size(max = 2000) String callbackUrl,
        @NotEmpty @Size(max = 50) List<@NotBlank String> eventTypes,
        @NotBlank @Size(max = 200) String secret,
        @Size(max = 200) String after) {
}
