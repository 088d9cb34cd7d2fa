package al.childprotection.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.core.JsonProcessingException;

import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;

/** Publishes events to the real broker as another service would: CloudEvents binary mode, key = aggregate id. */
public final class EventPublisher implements AutoCloseable {

    private final KafkaProducer<String, String> producer;

    public EventPublisher() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestEnvironment.kafkaBootstrap());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producer = new KafkaProducer<>(config);
    }

    /** Publishes {@code payload} as a new event and returns its CloudEvent id. */
    public String publish(EventType type, UUID aggregateId, Record payload, String correlationId) {
        String eventId = UUID.randomUUID().toString();
        publish(type, aggregateId, payload, correlationId, eventId);
        return eventId;
    }

    /** Publishes with a given CloudEvent id: the same id twice is a redelivery. */
    public void publish(EventType type, UUID aggregateId, Record payload, String correlationId, String eventId) {
        publish(type, aggregateId.toString(), payload, correlationId, eventId);
    }

    /** Publishes an event whose key is not a UUID: a directory entry ({@code member:cpu.kamez.worker1}). */
    public String publish(EventType type, String key, Record payload) {
        String eventId = UUID.randomUUID().toString();
        publish(type, key, payload, null, eventId);
        return eventId;
    }

    private void publish(EventType type, String aggregateId, Record payload, String correlationId, String eventId) {
        ProducerRecord<String, String> record = new ProducerRecord<>(type.topic(), aggregateId, json(payload));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_type", type.ceType());
        header(record, "ce_source", "test");
        header(record, "ce_subject", aggregateId);
        header(record, "ce_time", Instant.now().toString());
        header(record, "ce_correlationid", correlationId);
        header(record, "content-type", "application/json");
        send(record);
    }

    /**
     * Publishes a CloudEvent of any type with any data, e.g. a poison message: a type no contract knows (a newer
     * version) or a payload that does not fit its type. Returns its CloudEvent id.
     */
    public String publishCloudEvent(String topic, String ceType, String key, String data) {
        String eventId = UUID.randomUUID().toString();
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, data);
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", eventId);
        header(record, "ce_type", ceType);
        header(record, "ce_source", "test");
        header(record, "ce_subject", key);
        header(record, "ce_time", Instant.now().toString());
        header(record, "content-type", "application/json");
        send(record);
        return eventId;
    }

    /** Publishes a raw record, e.g. one that is not a CloudEvent at all. */
    public void publishRaw(String topic, String key, String value) {
        send(new ProducerRecord<>(topic, key, value));
    }

    private void send(ProducerRecord<String, String> record) {
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot publish to " + record.topic(), e);
        }
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        if (value == null) {
            return;
        }
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(Record payload) {
        try {
            return EventSchemas.mapper().writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
