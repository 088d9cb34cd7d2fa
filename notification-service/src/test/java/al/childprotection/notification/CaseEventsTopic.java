package al.childprotection.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.kit.cloudevents.CloudEvent;

/** The real {@code case.events} topic, written the way case-service's outbox relay writes it. */
final class CaseEventsTopic {

    static final String TOPIC = "case.events";
    static final String DEAD_LETTERS = "case.events.notification-service.dlt";

    private CaseEventsTopic() {
    }

    static TaskAssigned firstContact(String assignee, Priority priority, Instant dueAt) {
        return new TaskAssigned(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "cpu-tirane", "Tiranë",
                "FIRST_CONTACT", assignee, false, priority, dueAt, Instant.now());
    }

    /** A second task of the same case: same Kafka key, so it is consumed after every earlier record of the case. */
    static TaskAssigned anotherTaskOfTheSameCase(TaskAssigned task) {
        return new TaskAssigned(UUID.randomUUID(), task.caseId(), task.referralId(), task.cpuCode(),
                task.municipality(), "HOME_VISIT", task.assignee(), false, task.priority(), task.dueAt(),
                Instant.now());
    }

    /** A binary-mode CloudEvent of case-service; the Kafka key is the case id (case.events is keyed by case). */
    static CloudEvent taskAssignedEvent(TaskAssigned task) {
        return new CloudEvent(UUID.randomUUID().toString(), EventType.TASK_ASSIGNED.ceType(), "case-service",
                task.caseId().toString(), Instant.now(), "intake-" + task.referralId(), json(task));
    }

    static void publish(String key, CloudEvent event) {
        send(new ProducerRecord<>(TOPIC, null, key, event.data(), event.toKafkaHeaders()));
    }

    /** A record that is not a CloudEvent at all: no ce_* headers. */
    static void publishWithoutHeaders(String key, String value) {
        send(new ProducerRecord<>(TOPIC, key, value));
    }

    /** The dead-letter record whose value is {@code value}, read from the start of the dead-letter topic. */
    static Optional<ConsumerRecord<String, String>> deadLetter(String value) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "notification-tests-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(DEAD_LETTERS));
            List<ConsumerRecord<String, String>> seen = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(seen::add);
                Optional<ConsumerRecord<String, String>> found = seen.stream()
                        .filter(r -> value.equals(r.value())).findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Headers headers = record.headers();
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void send(ProducerRecord<String, String> record) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + record.topic(), e);
        }
    }

    private static String bootstrapServers() {
        return ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    }

    private static String json(TaskAssigned task) {
        try {
            return EventSchemas.mapper().writeValueAsString(task);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
