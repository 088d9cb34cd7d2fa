package al.childprotection.notification.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The ministry system calling the feed: a Keycloak confidential client (client credentials), known by its client id
 * ({@code azp}). Only a caller with the role {@value MinistryFeedRole#ROLE} gets this far, and that role is granted
 * only to a client with the feed scope and a client id.
 */
@RequestScoped
public class FeedCaller {

    @Inject
    JsonWebToken token;

    /** The caller's client id: whose feed, whose subscriptions. */
    public String subscriber() {
        Object clientId = token.getClaim("azp");
        if (clientId instanceof JsonString json) {
            return json.getString();
        }
        return String.valueOf(clientId);
    }
}
