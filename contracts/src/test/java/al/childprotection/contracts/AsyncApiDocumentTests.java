package al.childprotection.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The AsyncAPI document holds together: its references resolve, every event type is a message on its topic with
 * one sender, every message is keyed as its events are and carries the CloudEvents headers, described once.
 * What it says about the services is checked against their code in {@link AsyncApiMatchesCodeTests}.
 */
class AsyncApiDocumentTests {

    private static final String CLOUD_EVENT_HEADERS = "#/components/schemas/CloudEventHeaders";

    @Test
    void theAsyncApiDocumentMentionsEveryTypeTopicAndDeadLetterTopic() throws IOException {
        String text = ContractFiles.asyncApiText();
        for (EventType type : EventType.values()) {
            assertThat(text).as("ce_type of %s", type).contains(type.ceType());
            assertThat(text).as("topic of %s", type).contains("address: " + type.topic());
            assertThat(text).as("payload of %s", type).contains("$ref: '." + type.schemaResource() + "'");
        }
        for (String topic : List.of(Topics.INTAKE, Topics.REFERRAL, Topics.CASE, Topics.PLACEMENT,
                Topics.NOTIFICATION, Topics.DIRECTORY)) {
            assertThat(text).contains("address: " + topic);
        }
        List<String> deadLetterTopics = ServiceChannels.consumers().stream()
                .map(ServiceChannels.Consumer::deadLetterTopic).toList();
        assertThat(deadLetterTopics).isNotEmpty();
        for (String topic : deadLetterTopics) {
            assertThat(text).contains("address: " + topic);
        }
        for (String header : ServiceChannels.cloudEventHeaders()) {
            assertThat(text).contains(header + ":");
        }
        assertThat(text).contains("host: 127.0.0.1:9092");
    }

    @Test
    void everyReferenceResolves() throws IOException {
        AsyncApi api = AsyncApi.read();
        assertThat(api.doc.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(api.doc.at("/servers/kafka/protocol").asText()).isEqualTo("kafka");

        // every local $ref resolves; every file $ref names a schema on the classpath
        List<String> refs = ContractFiles.refs(api.doc);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            if (ref.startsWith("#/")) {
                api.at(ref);
            } else {
                assertThat(ref).startsWith("./schemas/");
                assertThat(AsyncApiDocumentTests.class.getResource(ref.substring(1))).as(ref).isNotNull();
            }
        }
    }

    @Test
    void everyEventTypeIsAMessageOnItsTopicSentByExactlyOneOperation() throws IOException {
        AsyncApi api = AsyncApi.read();
        Map<String, String> channelByAddress = api.kafkaChannelsByAddress();
        List<AsyncApi.Operation> operations = api.operations();
        for (EventType type : EventType.values()) {
            String channel = channelByAddress.get(type.topic());
            assertThat(channel).as("channel of %s", type.topic()).isNotNull();
            assertThat(api.messagesOf(channel)).as("messages of %s", type.topic()).contains(type.ceType());

            long senders = operations.stream()
                    .filter(op -> op.action().equals("send") && op.channel().equals(channel))
                    .filter(op -> op.messages().contains(type.ceType()))
                    .count();
            assertThat(senders).as("send operations of %s", type).isEqualTo(1);
        }
    }

    @Test
    void theDirectoryIsCompacted() throws IOException {
        AsyncApi api = AsyncApi.read();
        JsonNode directory = api.doc.path("channels").path(api.kafkaChannelsByAddress().get(Topics.DIRECTORY));
        assertThat(directory.at("/bindings/kafka/topicConfiguration/cleanup.policy").toString())
                .isEqualTo("[\"compact\"]");
    }

    /**
     * An aggregate's events are keyed by its UUID; a shelter's capacity by the shelter's code; the directory's
     * entries by their entry id, with the directory's own header constraints.
     */
    @Test
    void everyEventMessageIsKeyedAsItsEventsAre() throws IOException {
        JsonNode messages = AsyncApi.read().doc.path("components").path("messages");
        for (EventType type : EventType.values()) {
            JsonNode message = messages.path(type.payload().getSimpleName());
            assertThat(message.path("name").asText()).as("message of %s", type).isEqualTo(type.ceType());
            String trait = message.at("/traits/0/$ref").asText();
            String second = message.at("/headers/allOf/1/$ref").asText();
            if (type.topic().equals(Topics.DIRECTORY)) {
                assertThat(trait).as("key of %s", type).isEqualTo("#/components/messageTraits/directoryEntry");
                assertThat(second).as("headers of %s", type).isEqualTo("#/components/schemas/DirectoryEventHeaders");
            } else if (type == EventType.PLACEMENT_CAPACITY_CHANGED) {
                assertThat(trait).as("key of %s", type).isEqualTo("#/components/messageTraits/shelterEvent");
                assertThat(second).as("headers of %s", type).isEmpty();
            } else {
                assertThat(trait).as("key of %s", type).isEqualTo("#/components/messageTraits/cloudEvent");
                assertThat(second).as("headers of %s", type).isEmpty();
            }
        }
    }

    /** The kit writes the same headers on every event: one schema names them all, and every message refers to it. */
    @Test
    void everyEventMessageCarriesTheKitsCloudEventHeadersDescribedOnce() throws IOException {
        AsyncApi api = AsyncApi.read();
        JsonNode shared = api.at(CLOUD_EVENT_HEADERS);
        List<String> described = new ArrayList<>();
        shared.path("properties").fieldNames().forEachRemaining(described::add);
        List<String> written = ServiceChannels.cloudEventHeaders();
        assertThat(described).as("the headers CloudEvent.toKafkaHeaders() writes")
                .containsExactlyInAnyOrderElementsOf(written);
        List<String> required = new ArrayList<>();
        shared.path("required").forEach(r -> required.add(r.asText()));
        assertThat(required).as("the correlation id is written only when an intake started the change")
                .containsExactlyInAnyOrderElementsOf(written.stream().filter(h -> !h.equals("ce_correlationid")).toList());

        for (EventType type : EventType.values()) {
            JsonNode message = api.doc.path("components").path("messages").path(type.payload().getSimpleName());
            JsonNode allOf = message.at("/headers/allOf");
            assertThat(allOf.get(0).path("$ref").asText()).as("headers of %s", type).isEqualTo(CLOUD_EVENT_HEADERS);
            JsonNode own = allOf.get(allOf.size() - 1).path("properties");
            assertThat(own.at("/ce_type/const").asText()).as("ce_type of %s", type).isEqualTo(type.ceType());
            assertThat(own.at("/ce_source/const").asText()).as("ce_source of %s", type).isNotEmpty();
        }

        // anywhere else, a CloudEvents header is only narrowed (a constant, a reference), never described again
        Set<String> narrowing = Set.of("const", "$ref");
        List<String> redescribed = new ArrayList<>();
        collectRedescribedHeaders(api.doc, "", Set.copyOf(written), narrowing, redescribed);
        assertThat(redescribed).as("CloudEvents headers described outside CloudEventHeaders").isEmpty();
    }

    private static void collectRedescribedHeaders(JsonNode node, String pointer, Set<String> headers,
            Set<String> narrowing, List<String> found) {
        // the push's HTTP headers (content-type among them) are not Kafka's
        if (pointer.equals("/components/schemas/CloudEventHeaders")
                || pointer.equals("/components/schemas/FeedPushHeaders")) {
            return;
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                String at = pointer + "/" + e.getKey();
                if (pointer.endsWith("/properties") && headers.contains(e.getKey())) {
                    e.getValue().fieldNames().forEachRemaining(k -> {
                        if (!narrowing.contains(k)) {
                            found.add(at + "/" + k);
                        }
                    });
                } else {
                    collectRedescribedHeaders(e.getValue(), at, headers, narrowing, found);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectRedescribedHeaders(node.get(i), pointer + "/" + i, headers, narrowing, found);
            }
        }
    }

    /** A dead letter is the failed record unchanged (its own headers kept), plus the dead-letter-* headers. */
    @Test
    void aDeadLetterKeepsTheFailedRecordsHeadersAndAddsTheError() throws IOException {
        JsonNode headers = AsyncApi.read().doc.at("/components/messages/DeadLetter/headers");
        List<String> required = new ArrayList<>();
        headers.path("required").forEach(r -> required.add(r.asText()));
        assertThat(required).containsExactlyInAnyOrder("dead-letter-reason", "dead-letter-topic",
                "dead-letter-partition", "dead-letter-offset");
        assertThat(headers.at("/additionalProperties/type").asText()).as("the failed record's own headers")
                .isEqualTo("string");
    }
}
