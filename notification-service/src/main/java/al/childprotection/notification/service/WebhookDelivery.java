package al.childprotection.notification.service;

import java.net.InetAddress;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.notification.config.FeedConfig;
import al.childprotection.notification.domain.FeedEntry;
import al.childprotection.notification.domain.Subscription;
import al.childprotection.notification.rest.FeedEvent;
import al.childprotection.notification.service.Pseudonyms.SubscriberKey;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.http.HttpClient;

/**
 * Pushes the feed to each active subscription, in cursor order, one entry after the other: an entry is sent only
 * once the one before it was accepted, so every child's events arrive in order (and the feed's order as a whole).
 * A refused or unanswered delivery is retried with exponential back-off; after too many failures in a row the
 * subscription is paused, and resuming it carries on from the first entry not delivered. The retried entry keeps
 * its webhook-id, so a receiver that did get it but could not say so recognises it.
 * <p>
 * Before each attempt the callback's host is resolved and checked again ({@link CallbackAddressPolicy}), and the
 * connection goes to the address that passed, with the URL's host name in the Host header and the TLS SNI: a name
 * that resolves to an internal address by the time of delivery (DNS rebinding) gets no request. Each attempt is
 * recorded as a disclosure to the subscriber before it is made.
 */
@ApplicationScoped
public class WebhookDelivery {

    private static final Logger LOG = Logger.getLogger(WebhookDelivery.class);
    private static final ObjectMapper JSON = EventSchemas.mapper();

    private final SubscriptionService subscriptions;
    private final FeedService feedService;
    private final FeedConfig config;
    private final CallbackAddresses callbackAddresses;
    private final HttpClient http;

    WebhookDelivery(SubscriptionService subscriptions, FeedService feedService, FeedConfig config,
            CallbackAddresses callbackAddresses, Vertx vertx) {
        this.subscriptions = subscriptions;
        this.feedService = feedService;
        this.config = config;
        this.callbackAddresses = callbackAddresses;
        this.http = vertx.createHttpClient();
    }

    @PreDestroy
    void close() {
        http.closeAndForget();
    }

    @Scheduled(every = "${platform.feed.delivery-interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> deliverDue() {
        return subscriptions.due()
                .chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(this::deliver)
                        .collect().last())
                .onFailure().invoke(e -> LOG.warnf("feed delivery will retry: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** The subscription's next entries, until one is not accepted. */
    private Uni<Void> deliver(Subscription subscription) {
        return feedService.pendingFor(subscription, config.delivery().batchSize())
                .chain(pending -> deliverFrom(subscription, pending.subscriber(), pending.entries(), 0));
    }

    private Uni<Void> deliverFrom(Subscription subscription, SubscriberKey subscriber, List<FeedEntry> entries,
            int index) {
        if (index >= entries.size()) {
            return Uni.createFrom().voidItem();
        }
        FeedEntry entry = entries.get(index);
        FeedEvent event = feedService.toEvent(entry, subscriber);
        URI callback = URI.create(subscription.callbackUrl);
        return callbackAddresses.checked(callback)
                .onFailure(CallbackAddressPolicy.Refused.class)
                .transform(e -> new DeliveryRefused(DeliveryFailure.noAnswer(), e.getMessage()))
                .call(() -> feedService.pushing(subscription, entry))
                .chain(address -> post(subscription, callback, address, event))
                .chain(() -> subscriptions.delivered(subscription.id, entry.cursor))
                .chain(() -> deliverFrom(subscription, subscriber, entries, index + 1))
                .onFailure(DeliveryRefused.class).recoverWithUni(e -> {
                    DeliveryRefused refused = (DeliveryRefused) e;
                    LOG.infof("push of cursor %d to subscription %s failed: %s", entry.cursor, subscription.id,
                            refused.getMessage());
                    return subscriptions.failed(subscription.id, refused.failure);
                });
    }

    /** One POST of one event to the checked address; anything but a 2xx answer in time is a failure. */
    private Uni<Void> post(Subscription subscription, URI callback, InetAddress address, FeedEvent event) {
        String body;
        try {
            body = JSON.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalStateException("cannot write feed event", e));
        }
        long timestamp = Instant.now().getEpochSecond();
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(subscription.callbackUrl)
                // connect to the address that was checked; host and port above still name the Host header and SNI
                .setServer(SocketAddress.inetSocketAddress(CallbackAddresses.portOf(callback),
                        address.getHostAddress()))
                .setFollowRedirects(false)
                .setTimeout(config.delivery().timeout().toMillis())
                .putHeader("content-type", FeedEvent.MEDIA_TYPE + "; charset=utf-8")
                .putHeader("webhook-id", event.id())
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", WebhookSignature.sign(subscription.secret, event.id(), timestamp, body));
        return http.request(request)
                .chain(req -> req.send(Buffer.buffer(body)))
                .chain(response -> response.body().map(ignored -> response.statusCode()))
                .onFailure().transform(e -> new DeliveryRefused(DeliveryFailure.noAnswer(),
                        e.getClass().getSimpleName() + ": " + e.getMessage()))
                .invoke(status -> {
                    if (status < 200 || status > 299) {
                        throw new DeliveryRefused(DeliveryFailure.answered(status), "the endpoint answered " + status);
                    }
                })
                .replaceWithVoid();
    }

    /** The subscriber's endpoint did not accept the event: what the subscriber reads, and what the log says. */
    static final class DeliveryRefused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        final transient DeliveryFailure failure;

        DeliveryRefused(DeliveryFailure failure, String logged) {
            super(logged, null, false, false);
            this.failure = failure;
        }
    }
}
