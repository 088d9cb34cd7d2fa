package al.childprotection.notification.feed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Sex;
import al.childprotection.notification.domain.Subscription;
import al.childprotection.notification.repository.FeedDisclosureRepository;
import al.childprotection.notification.repository.FeedDisclosureRepository.Channel;
import al.childprotection.notification.repository.FeedRepository;
import al.childprotection.notification.repository.SubscriptionRepository;
import al.childprotection.testsupport.EventPublisher;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Where pushes may go, and what a subscriber learns when they fail. The test profile allow-lists 127.0.0.1 for the
 * tests' receivers; every other internal address stays refused. Every address here is loopback or is refused by
 * checking it, never by connecting to it.
 */
@QuarkusTest
class CallbackAddressTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String FAILED = "delivery failed at \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ: ";
    private static final List<String> REFERRALS = List.of(EventType.REFERRAL_CREATED.ceType());

    @Inject
    SubscriptionRepository subscriptions;

    @Inject
    FeedRepository feed;

    @Inject
    FeedDisclosureRepository disclosures;

    @Test
    void aCallbackToAnInternalAddressIsRefusedNamingTheFieldAndNothingIsStored() {
        int before = asHealth().get("/subscriptions").then().statusCode(200).extract().path("size()");
        // refused by checking the address at subscription: nothing is stored, so nothing ever connects to it
        for (String url : List.of("https://127.0.0.2:5432/", "https://[::1]:8180/admin/",
                "https://[::ffff:127.0.0.2]/", "https://[::ffff:7f00:2]/", "https://10.0.0.1/events",
                "https://172.16.5.4/", "https://192.168.1.1/", "https://100.64.0.1/",
                "https://169.254.169.254/latest/meta-data/", "https://0.0.0.0/", "https://[fd00::1]/",
                "https://[fe80::1]/", "https://224.0.0.1/", "https://ministry.invalid/events")) {
            asHealth().contentType(ContentType.JSON).body(body(url, REFERRALS)).post("/subscriptions").then()
                    .statusCode(422).contentType("application/problem+json")
                    .body("errors.field", equalTo(List.of("callbackUrl")))
                    .body("errors.message", equalTo(List.of("the host must resolve to public addresses only")));
        }
        asHealth().get("/subscriptions").then().statusCode(200).body("size()", equalTo(before));
    }

    @Test
    void aTypeTheClientMayNotReadIsRefusedNamingIt() {
        // the interior ministry reads intakes and referrals, not where a child is sheltered
        given().auth().oauth2(FeedReader.interior()).contentType(ContentType.JSON)
                .body(body("http://127.0.0.1:9/interior", List.of(EventType.REFERRAL_CREATED.ceType(),
                        EventType.PLACEMENT_ADMITTED.ceType())))
                .post("/subscriptions").then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("eventTypes[1]"));
    }

    @Test
    void aFailedDeliverySaysWhenAndNothingThatTellsAnOpenPortFromAClosedOne() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = probe.getLocalPort();
        }
        try (ServerSocket open = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Thread acceptor = new Thread(() -> hangUpOnEveryone(open));
            acceptor.setDaemon(true);
            acceptor.start();
            String closed = subscribe("http://127.0.0.1:" + closedPort + "/events");
            String notHttp = subscribe("http://127.0.0.1:" + open.getLocalPort() + "/events");
            publishAChild();

            for (String id : List.of(closed, notHttp)) {
                await().atMost(PATIENCE).untilAsserted(() -> asHealth().get("/subscriptions/{id}", id).then()
                        .statusCode(200).body("lastError", org.hamcrest.Matchers.matchesPattern(
                                FAILED + "could not connect")));
            }
            asHealth().delete("/subscriptions/{id}", closed).then().statusCode(204);
            asHealth().delete("/subscriptions/{id}", notHttp).then().statusCode(204);
        }
    }

    /**
     * A subscription whose address is no longer allowed when the push is due (a name that now resolves inside, or a
     * subscription made before the rule) gets no request at all: the address is checked again before connecting.
     */
    @Test
    void aCallbackThatIsInternalWhenThePushIsDueGetsNoRequest() throws Throwable {
        asHealth().get("/feed").then().statusCode(200); // the health ministry is a subscriber on record
        try (WebhookReceiver inside = new WebhookReceiver(WebhookReceiver.newSecret(), "127.0.0.2")) {
            UUID id = UUID.randomUUID();
            VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> feed.lastCursor()
                    .chain(last -> {
                        Subscription s = new Subscription();
                        s.id = id;
                        s.clientId = FeedReader.HEALTH;
                        s.callbackUrl = inside.url();
                        s.eventTypes = String.join(" ", REFERRALS);
                        s.secret = WebhookReceiver.newSecret();
                        s.status = Subscription.Status.ACTIVE;
                        s.deliveredCursor = last;
                        s.createdAt = Instant.now();
                        return subscriptions.persist(s);
                    })));
            publishAChild();

            await().atMost(PATIENCE).untilAsserted(() -> asHealth().get("/subscriptions/{id}", id).then()
                    .statusCode(200).body("lastError", org.hamcrest.Matchers.matchesPattern(
                            FAILED + "could not connect")));
            assertThat(inside.all()).isEmpty();
            asHealth().delete("/subscriptions/{id}", id).then().statusCode(204);
        }
    }

    /** Each page read and each push is recorded per subscriber: one row per entry disclosed, no child data. */
    @Test
    void everyDisclosureToAMinistryIsRecordedPerSubscriber() throws Throwable {
        long pulledBefore = disclosed(FeedReader.INTERIOR, Channel.PULL);
        int read = given().auth().oauth2(FeedReader.interior()).queryParam("limit", 1000).get("/feed").then()
                .statusCode(200).extract().path("events.size()");
        assertThat(disclosed(FeedReader.INTERIOR, Channel.PULL)).isEqualTo(pulledBefore + read);

        String secret = WebhookReceiver.newSecret();
        try (WebhookReceiver receiver = new WebhookReceiver(secret)) {
            long pushedBefore = disclosed(FeedReader.HEALTH, Channel.PUSH);
            String id = asHealth().contentType(ContentType.JSON).body(Map.of("callbackUrl", receiver.url(),
                    "eventTypes", REFERRALS, "secret", secret)).post("/subscriptions").then().statusCode(201)
                    .extract().path("id");
            publishAChild();
            await().atMost(PATIENCE).until(() -> !receiver.accepted().isEmpty());
            asHealth().delete("/subscriptions/{id}", id).then().statusCode(204);
            assertThat(disclosed(FeedReader.HEALTH, Channel.PUSH) - pushedBefore)
                    .isGreaterThanOrEqualTo(receiver.all().size());
        }
    }

    private long disclosed(String client, Channel channel) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                () -> disclosures.count(client, channel)));
    }

    private static void publishAChild() {
        ChildChain chain = ChildChain.of("Drita", "Gjoka", LocalDate.of(2014, 7, 7), Sex.FEMALE, "Tiranë");
        try (EventPublisher publisher = new EventPublisher()) {
            chain.publishIntakeAndReferral(publisher);
        }
    }

    private static String subscribe(String url) {
        return asHealth().contentType(ContentType.JSON).body(body(url, REFERRALS)).post("/subscriptions").then()
                .statusCode(201).extract().path("id");
    }

    private static Map<String, Object> body(String url, List<String> types) {
        return Map.of("callbackUrl", url, "eventTypes", types, "secret", WebhookReceiver.newSecret());
    }

    private static void hangUpOnEveryone(ServerSocket server) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoLinger(true, 0);
            } catch (IOException e) {
                return;
            }
        }
    }

    private static RequestSpecification asHealth() {
        return given().auth().oauth2(FeedReader.health());
    }
}
