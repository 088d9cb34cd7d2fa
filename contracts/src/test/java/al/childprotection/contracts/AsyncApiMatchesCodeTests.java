package al.childprotection.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import al.childprotection.contracts.AsyncApi.Operation;
import al.childprotection.contracts.ServiceChannels.Consumer;
import al.childprotection.contracts.ServiceChannels.Producer;

/**
 * The document describes the Kafka channels the code has, no more and no fewer: each consumer the services configure
 * (with its dead-letter topic and consumer group) and each topic they send to, read from their configuration and
 * sources by {@link ServiceChannels}, never from a list written here.
 */
class AsyncApiMatchesCodeTests {

    private static AsyncApi api;
    private static Map<String, String> channelByAddress;
    private static List<Operation> kafkaOperations;
    private static List<Consumer> consumers;
    private static List<Producer> producers;

    @BeforeAll
    static void read() throws IOException {
        api = AsyncApi.read();
        channelByAddress = api.kafkaChannelsByAddress();
        kafkaOperations = api.operations().stream().filter(op -> api.isKafka(op.channel())).toList();
        consumers = ServiceChannels.consumers();
        producers = ServiceChannels.producers();
        assertThat(consumers).as("incoming channels of the services").isNotEmpty();
        assertThat(producers).as("topics the services send to").isNotEmpty();
    }

    @Test
    void everyConsumerInTheCodeIsAReceiveOperationOfItsService() {
        for (Consumer consumer : consumers) {
            String channel = channelByAddress.get(consumer.topic());
            assertThat(channel).as("channel of %s, which %s reads (%s)", consumer.topic(), consumer.service(),
                    consumer.channel()).isNotNull();
            assertThat(kafkaOperations).as("%s receives %s", consumer.service(), consumer.topic())
                    .filteredOn(op -> op.action().equals("receive") && op.channel().equals(channel)
                            && op.service().equals(consumer.service()))
                    .hasSize(1);
        }
    }

    @Test
    void everyReceiveOperationInTheDocumentIsAConsumerInTheCode() {
        Set<String> inCode = consumers.stream().map(c -> c.service() + " <- " + c.topic())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> inDocument = kafkaOperations.stream().filter(op -> op.action().equals("receive"))
                .map(op -> op.service() + " <- " + api.address(op.channel()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(inDocument).isEqualTo(inCode);
    }

    @Test
    void everyConsumerSendsWhatItCannotProcessToItsDeadLetterTopic() {
        for (Consumer consumer : consumers) {
            assertThat(consumer.deadLetterTopic()).as("dead-letter topic of %s's %s", consumer.service(),
                    consumer.channel()).isEqualTo(consumer.topic() + "." + consumer.service() + ".dlt");
            String channel = channelByAddress.get(consumer.deadLetterTopic());
            assertThat(channel).as("channel of %s", consumer.deadLetterTopic()).isNotNull();
            assertThat(api.messagesOf(channel)).as("messages of %s", consumer.deadLetterTopic())
                    .containsExactly("dead-letter");
            assertThat(kafkaOperations).as("%s dead-letters to %s", consumer.service(), consumer.deadLetterTopic())
                    .filteredOn(op -> op.action().equals("send") && op.channel().equals(channel)
                            && op.service().equals(consumer.service()))
                    .hasSize(1);
        }
    }

    @Test
    void everyDeadLetterTopicInTheDocumentIsAConsumersInTheCode() {
        Set<String> inCode = consumers.stream().map(c -> c.service() + " -> " + c.deadLetterTopic())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> channels = channelByAddress.entrySet().stream()
                .filter(e -> api.messagesOf(e.getValue()).contains("dead-letter") || e.getKey().endsWith(".dlt"))
                .map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(channels).as("dead-letter channels")
                .isEqualTo(consumers.stream().map(Consumer::deadLetterTopic).collect(Collectors.toSet()));
        Set<String> inDocument = kafkaOperations.stream()
                .filter(op -> op.action().equals("send") && channels.contains(api.address(op.channel())))
                .map(op -> op.service() + " -> " + api.address(op.channel()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(inDocument).isEqualTo(inCode);
    }

    /**
     * The group each consumer reads in: a fixed name, or one per instance ({@code ${quarkus.uuid}}), as the
     * document's groupId schema says.
     */
    @Test
    void everyConsumerGroupIsTheOneTheCodeConfigures() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        for (Consumer consumer : consumers) {
            String channel = channelByAddress.get(consumer.topic());
            Optional<Operation> receive = kafkaOperations.stream()
                    .filter(op -> op.action().equals("receive") && op.channel().equals(channel)
                            && op.service().equals(consumer.service()))
                    .findFirst();
            assertThat(receive).as("%s receives %s", consumer.service(), consumer.topic()).isPresent();
            JsonNode groupId = receive.get().node().at("/bindings/kafka/groupId");
            assertThat(groupId.isMissingNode()).as("groupId of %s on %s", consumer.service(), consumer.topic())
                    .isFalse();
            JsonSchema schema = factory.getSchema(groupId);
            String configured = consumer.groupId();
            String running = configured.replace(ServiceChannels.INSTANCE_ID, UUID.randomUUID().toString());
            assertThat(running).as("group of %s on %s", consumer.service(), consumer.topic()).doesNotContain("${");
            assertThat(schema.validate(TextNode.valueOf(running)))
                    .as("group %s of %s on %s in the document", running, consumer.service(), consumer.topic())
                    .isEmpty();
            for (String other : List.of(consumer.service() + "-other", running + "x", "x" + running)) {
                assertThat(schema.validate(TextNode.valueOf(other))).as("group %s of %s on %s", other,
                        consumer.service(), consumer.topic()).isNotEmpty();
            }
        }
    }

    /** The kit's relay sends an outbox row to the topic of the row's event type, not to its channel's topic. */
    @Test
    void theOutboxRelaySendsEachEventToTheTopicOfItsType() {
        assertThat(ServiceChannels.kitSource("outbox/Outbox.java")).contains("event.topic = type.topic();");
        assertThat(ServiceChannels.kitSource("outbox/OutboxRelay.java")).contains(".withTopic(row.topic)")
                .contains("@Channel(\"" + ServiceChannels.OUTBOX_CHANNEL + "\")");
    }

    @Test
    void everyEventTypeIsPublishedByExactlyOneServiceItsCeSourceNames() {
        Map<EventType, List<String>> publishers = new EnumMap<>(EventType.class);
        producers.forEach(p -> p.types().forEach(t -> publishers.computeIfAbsent(t, x -> new ArrayList<>())
                .add(p.service())));
        for (EventType type : EventType.values()) {
            assertThat(publishers.get(type)).as("services that publish %s", type).hasSize(1);
            JsonNode allOf = api.doc.path("components").path("messages").path(type.payload().getSimpleName())
                    .at("/headers/allOf");
            assertThat(allOf.get(allOf.size() - 1).at("/properties/ce_source/const").asText())
                    .as("ce_source of %s", type).isEqualTo(publishers.get(type).get(0));
        }
    }

    @Test
    void everyTopicAServiceSendsToIsASendOperationOfThatServiceWithExactlyItsTypes() {
        for (Producer producer : producers) {
            String channel = channelByAddress.get(producer.topic());
            assertThat(channel).as("channel of %s, which %s sends to", producer.topic(), producer.service())
                    .isNotNull();
            List<Operation> sends = kafkaOperations.stream()
                    .filter(op -> op.action().equals("send") && op.channel().equals(channel)
                            && op.service().equals(producer.service()))
                    .toList();
            assertThat(sends).as("%s sends to %s", producer.service(), producer.topic()).hasSize(1);
            if (!producer.types().isEmpty()) {
                assertThat(sends.get(0).messages()).as("what %s sends to %s", producer.service(), producer.topic())
                        .containsExactlyInAnyOrderElementsOf(producer.types().stream().map(EventType::ceType).toList());
            }
        }
    }

    @Test
    void everySendOperationInTheDocumentIsAProducerOrADeadLetterInTheCode() {
        Set<String> inCode = new TreeSet<>();
        producers.forEach(p -> inCode.add(p.service() + " -> " + p.topic()));
        consumers.forEach(c -> inCode.add(c.service() + " -> " + c.deadLetterTopic()));
        Set<String> inDocument = kafkaOperations.stream().filter(op -> op.action().equals("send"))
                .map(op -> op.service() + " -> " + api.address(op.channel()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(inDocument).isEqualTo(inCode);
    }

    /** Every Kafka channel is a topic of the code: an event family's, a dead-letter topic, or a reserved one. */
    @Test
    void everyKafkaChannelInTheDocumentIsATopicOfTheCode() {
        Set<String> topics = new TreeSet<>();
        producers.forEach(p -> topics.add(p.topic()));
        consumers.forEach(c -> {
            topics.add(c.topic());
            topics.add(c.deadLetterTopic());
        });
        Set<String> reserved = new TreeSet<>(channelByAddress.keySet());
        reserved.removeAll(topics);
        assertThat(reserved).as("channels no service sends to or reads").containsExactly(Topics.NOTIFICATION);
        assertThat(api.messagesOf(channelByAddress.get(Topics.NOTIFICATION))).isEmpty();
    }
}
