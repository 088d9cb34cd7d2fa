package al.childprotection.notification.rest;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import al.childprotection.kit.scope.Roles;
import al.childprotection.notification.config.FeedConfig;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Ministry systems are Keycloak confidential clients (client credentials) whose token carries the feed scope; they
 * have no realm role of their own. This grants them the role {@value #ROLE}, so that the feed's resources say who
 * may call them with {@code @RolesAllowed} like every other resource: checked before a body is read, and written
 * into the OpenAPI document. A person's token (one with a platform role) never gets it, whatever its scope.
 */
@ApplicationScoped
public class MinistryFeedRole implements SecurityIdentityAugmentor {

    public static final String ROLE = "ministry-feed";

    private final FeedConfig config;

    MinistryFeedRole(FeedConfig config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)
                || !isMinistryClient(identity, token)) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRole(ROLE).build());
    }

    private boolean isMinistryClient(SecurityIdentity identity, JsonWebToken token) {
        String scope = text(token.getClaim("scope"));
        String clientId = text(token.getClaim("azp"));
        return scope != null && Arrays.asList(scope.split(" ")).contains(config.scope())
                && clientId != null && !clientId.isBlank()
                && identity.getRoles().stream().noneMatch(Roles.OF_PEOPLE::contains);
    }

    private static String text(Object claim) {
        if (claim instanceof JsonString json) {
            return json.getString();
        }
        return claim == null ? null : claim.toString();
    }
}
