package al.childprotection.notification.rest;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.notification.service.SubscriptionService;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;

/**
 * A ministry system's push subscriptions: each matching event is POSTed to its callback URL as a structured
 * CloudEvent, signed as Standard Webhooks sign, in order, retried with back-off, paused after repeated failures.
 * A subscriber sees and changes only its own subscriptions.
 */
@Path("/subscriptions")
@Authenticated
public class SubscriptionResource {

    private final SubscriptionService subscriptions;
    private final FeedCaller caller;
    private final Validator validator;

    SubscriptionResource(SubscriptionService subscriptions, FeedCaller caller, Validator validator) {
        this.subscriptions = subscriptions;
        this.caller = caller;
        this.validator = validator;
    }

    /** The caller is checked before the body: a person learns nothing about what a subscription needs. */
    @POST
    public Uni<Response> subscribe(SubscriptionRequest request) {
        String subscriber = caller.requireSubscriber();
        if (request == null) {
            throw RequestRejectedException.invalid("body", "a subscription is required");
        }
        Set<ConstraintViolation<SubscriptionRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return subscriptions.subscribe(subscriber, request)
                .map(s -> Response.created(URI.create("/subscriptions/" + s.id)).entity(SubscriptionView.of(s))
                        .build());
    }

    @GET
    public Uni<List<SubscriptionView>> list() {
        return subscriptions.of(caller.requireSubscriber())
                .map(list -> list.stream().map(SubscriptionView::of).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<SubscriptionView> find(@PathParam("id") UUID id) {
        return subscriptions.find(id, caller.requireSubscriber()).map(SubscriptionView::of);
    }

    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return subscriptions.delete(id, caller.requireSubscriber()).map(ignored -> Response.noContent().build());
    }

    @POST
    @Path("/{id}/pause")
    public Uni<SubscriptionView> pause(@PathParam("id") UUID id) {
        return subscriptions.pause(id, caller.requireSubscriber()).map(SubscriptionView::of);
    }

    /** Delivery carries on from the last event delivered. */
    @POST
    @Path("/{id}/resume")
    public Uni<SubscriptionView> resume(@PathParam("id") UUID id) {
        return subscriptions.resume(id, caller.requireSubscriber()).map(SubscriptionView::of);
    }
}
