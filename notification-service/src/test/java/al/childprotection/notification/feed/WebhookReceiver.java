package al.childprotection.notification.feed;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import al.childprotection.contracts.EventSchemas;

/**
 * A ministry's webhook endpoint, a real HTTP server on a free port, that holds nothing but the subscription's
 * secret. It verifies every request as the Standard Webhooks specification says (HMAC-SHA256 over
 * {@code id.timestamp.body} with the base64-decoded secret) and keeps the requests that verify. It can be told to
 * refuse the next requests with a 503, as an endpoint that is down does.
 */
final class WebhookReceiver implements AutoCloseable {

    /** One request as received. */
    record Delivery(String webhookId, String contentType, String body, JsonNode event, boolean verified,
            int answeredWith) {
    }

    private final String secret;
    private final String host;
    private final HttpServer server;
    private final List<Delivery> deliveries = new ArrayList<>();
    private final AtomicInteger refuseNext = new AtomicInteger();
    private volatile boolean down;

    WebhookReceiver(String secret) throws IOException {
        this(secret, "127.0.0.1");
    }

    /** A receiver on another loopback address (127.0.0.2 ...), one the test profile does not allow-list. */
    WebhookReceiver(String secret, String loopbackAddress) throws IOException {
        this.secret = secret;
        this.host = loopbackAddress;
        this.server = HttpServer.create(new InetSocketAddress(loopbackAddress, 0), 0);
        server.createContext("/ministry/events", this::handle);
        server.start();
    }

    /** A fresh Standard Webhooks secret: whsec_ and the base64 of 32 random bytes. */
    static String newSecret() {
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    String url() {
        return "http://" + host + ":" + server.getAddress().getPort() + "/ministry/events";
    }

    /** The next {@code count} requests are answered 503. */
    void refuseNext(int count) {
        refuseNext.set(count);
    }

    /** Every request is answered 503 until {@link #up()}. */
    void down() {
        down = true;
    }

    void up() {
        down = false;
    }

    synchronized List<Delivery> all() {
        return List.copyOf(deliveries);
    }

    /** The requests that verified and were accepted (2xx). */
    synchronized List<Delivery> accepted() {
        return deliveries.stream().filter(d -> d.verified() && d.answeredWith() == 204).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] raw;
        try (InputStream in = exchange.getRequestBody()) {
            raw = in.readAllBytes();
        }
        String body = new String(raw, StandardCharsets.UTF_8);
        String id = exchange.getRequestHeaders().getFirst("webhook-id");
        String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
        String signatures = exchange.getRequestHeaders().getFirst("webhook-signature");
        boolean verified = verify(id, timestamp, body, signatures);
        int status = !verified ? 401 : down || refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 204;
        JsonNode event = null;
        try {
            event = EventSchemas.mapper().readTree(body);
        } catch (IOException e) {
            // kept as text: the test sees it did not parse
        }
        synchronized (this) {
            deliveries.add(new Delivery(id, exchange.getRequestHeaders().getFirst("content-type"), body, event,
                    verified, status));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** The Standard Webhooks check, with the secret only; a timestamp more than 5 minutes away is refused. */
    private boolean verify(String id, String timestamp, String body, String signatures) {
        if (id == null || timestamp == null || signatures == null) {
            return false;
        }
        long age = Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp));
        if (age > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String signature : signatures.split(" ")) {
                if (signature.startsWith("v1,") && MessageDigest.isEqual(expected,
                        Base64.getDecoder().decode(signature.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
