package al.childprotection.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The inbox's live stream (Server-Sent Events) and unread count, read with real tokens: a worker who has the
 * stream open sees a task assigned to them arrive, with the new unread count; another worker's does not.
 */
@QuarkusTest
class InboxStreamTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String WORKER = "cpu.durres.worker";
    private static final String OTHER = "cpu.tirana.worker2";

    @TestHTTPResource("/inbox/stream")
    URI stream;

    @Test
    void aNotificationArrivesOnTheOpenStreamWithTheNewUnreadCount() {
        long unreadBefore = unread(WORKER);
        try (Listener worker = Listener.open(stream, WORKER); Listener other = Listener.open(stream, OTHER)) {
            JsonNode first = await().atMost(PATIENCE).until(() -> worker.events().stream().findFirst(),
                    java.util.Optional::isPresent).orElseThrow();
            assertThat(first.path("unread").asLong()).isEqualTo(unreadBefore);
            assertThat(first.path("notification").isNull() || first.path("notification").isMissingNode()).isTrue();

            TaskAssigned task = TaskAssignedSamples.firstContact(WORKER, Priority.HIGH,
                    Instant.now().plus(Duration.ofDays(2)));
            try (EventPublisher publisher = new EventPublisher()) {
                publisher.publish(EventType.TASK_ASSIGNED, task.caseId(), task, TaskAssignedSamples.correlationId(task));
            }

            JsonNode arrived = await().atMost(PATIENCE).until(() -> worker.events().stream()
                    .filter(e -> task.taskId().toString().equals(e.path("notification").path("taskId").asText()))
                    .findFirst(), java.util.Optional::isPresent).orElseThrow();
            assertThat(arrived.path("notification").path("recipient").asText()).isEqualTo(WORKER);
            assertThat(arrived.path("notification").path("kind").asText()).isEqualTo("TASK_ASSIGNED");
            assertThat(arrived.path("unread").asLong()).isGreaterThan(unreadBefore);
            assertThat(unread(WORKER)).isEqualTo(arrived.path("unread").asLong());

            assertThat(other.events()).noneMatch(e -> e.path("notification").path("taskId").asText()
                    .equals(task.taskId().toString()));
        }
    }

    @Test
    void theStreamAndTheCountNeedASignedInUser() {
        given().get("/inbox/stream").then().statusCode(401);
        given().get("/inbox/unread-count").then().statusCode(401);
        given().auth().oauth2(TestTokens.of(WORKER)).get("/inbox/unread-count").then().statusCode(200);
    }

    private static long unread(String user) {
        return given().auth().oauth2(TestTokens.of(user)).get("/inbox/unread-count").then().statusCode(200)
                .extract().jsonPath().getLong("unread");
    }

    /** An open SSE connection, as a browser keeps it, collecting the data of each event. */
    private static final class Listener implements AutoCloseable {

        private final List<JsonNode> events = new CopyOnWriteArrayList<>();
        private final CompletableFuture<HttpResponse<Stream<String>>> response;

        private Listener(URI uri, String user) {
            HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + TestTokens.of(user))
                    .header("Accept", "text/event-stream").GET().build();
            response = HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
            response.thenAccept(r -> r.body().filter(line -> line.startsWith("data:"))
                    .forEach(line -> events.add(read(line.substring(5).trim()))));
        }

        static Listener open(URI uri, String user) {
            return new Listener(uri, user);
        }

        List<JsonNode> events() {
            return List.copyOf(events);
        }

        private static JsonNode read(String json) {
            try {
                return EventSchemas.mapper().readTree(json);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + json, e);
            }
        }

        @Override
        public void close() {
            response.cancel(true);
            response.thenAccept(r -> r.body().close());
        }
    }
}
