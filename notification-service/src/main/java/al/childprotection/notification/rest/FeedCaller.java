package al.childprotection.notification.rest;

import java.util.Arrays;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.notification.config.FeedConfig;

/**
 * The ministry system calling the feed: a Keycloak confidential client (client credentials) whose token carries
 * the feed scope. It is known by its client id ({@code azp}); a user's token, or a client's without the scope, is
 * refused.
 */
@RequestScoped
public class FeedCaller {

    @Inject
    JsonWebToken token;

    @Inject
    FeedConfig config;

    /** The caller's client id, once the feed scope is checked. */
    public String requireSubscriber() {
        String scope = token.getClaim("scope");
        boolean hasScope = scope != null && Arrays.asList(scope.split(" ")).contains(config.scope());
        String clientId = token.getClaim("azp");
        if (!hasScope || clientId == null || clientId.isBlank()) {
            throw RequestRejectedException.forbidden("the feed needs a ministry client's token with the scope "
                    + config.scope());
        }
        return clientId;
    }
}
