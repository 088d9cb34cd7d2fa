package al.childprotection.notification.service;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.notification.config.FeedConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Checks a callback URL's host against {@link CallbackAddressPolicy}, off the event loop (a name may take a while
 * to resolve), and answers with the address that passed: the one to connect to, so that a name that resolves
 * elsewhere the next time (DNS rebinding) cannot slip past the check.
 */
@ApplicationScoped
public class CallbackAddresses {

    private final CallbackAddressPolicy policy;
    private final Vertx vertx;

    CallbackAddresses(FeedConfig config, Vertx vertx) {
        this.policy = new CallbackAddressPolicy(config.callbacks().allowed().orElse(List.of()),
                InetAddress::getAllByName);
        this.vertx = vertx;
    }

    /** The checked address of the URL's host; fails with {@link CallbackAddressPolicy.Refused}. */
    public Uni<InetAddress> checked(URI callback) {
        String host = callback.getHost();
        int port = portOf(callback);
        return vertx.executeBlocking(Uni.createFrom().item(() -> policy.checkedAddress(host, port)));
    }

    /** The URL's port, or its scheme's default. */
    public static int portOf(URI callback) {
        if (callback.getPort() >= 0) {
            return callback.getPort();
        }
        return "https".equals(callback.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
    }
}
