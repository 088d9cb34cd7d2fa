package al.childprotection.kit.deadletter;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import al.childprotection.kit.problem.RequestRejectedException;

/**
 * The dead-letter topics of this service's consumers, read and replayed with plain Kafka clients. What has been
 * replayed is remembered as the committed offsets of a consumer group of its own
 * ({@code <service>.dead-letter-replay}) that never consumes: the depth of a topic is what lies past them.
 * Replaying sends each letter back to the topic it came from, with its key and CloudEvent headers; the
 * consumers are idempotent, so an event that did arrive once changes nothing the second time.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Headers the dead-letter strategy adds; a replayed message leaves them behind. */
    private static final String DEAD_LETTER_HEADERS = "dead-letter-";

    private final DeadLetterChannels channels;
    private final String bootstrap;
    private final String replayGroup;
    private Admin admin;

    DeadLetters(DeadLetterChannels channels, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.channels = channels;
        this.bootstrap = bootstrap;
        this.replayGroup = service + ".dead-letter-replay";
    }

    public List<DeadLetterQueue> queues(int limit) {
        List<DeadLetterQueue> queues = new ArrayList<>();
        for (String topic : channels.byTopic().keySet()) {
            queues.add(queue(topic, limit));
        }
        return queues;
    }

    public DeadLetterQueue queue(String topic, int limit) {
        DeadLetterChannels.Channel channel = channelOf(topic);
        Map<TopicPartition, Range> pending = pending(topic);
        List<DeadLetter> letters = new ArrayList<>();
        read(pending, record -> {
            if (letters.size() < limit) {
                letters.add(toDeadLetter(record));
            }
        });
        return new DeadLetterQueue(topic, channel.name(), channel.sourceTopic(), depthOf(pending), letters);
    }

    /** Letters not replayed yet, on every partition of the topic. */
    public long depth(String topic) {
        return depthOf(pending(topic));
    }

    /** Sends every letter not replayed yet back to its source topic; returns how many. */
    public int replay(String topic) {
        DeadLetterChannels.Channel channel = channelOf(topic);
        Map<TopicPartition, Range> pending = pending(topic);
        Map<TopicPartition, OffsetAndMetadata> replayed = new HashMap<>();
        int[] count = { 0 };
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            read(pending, record -> {
                String source = header(record, "dead-letter-topic");
                RecordHeaders headers = new RecordHeaders();
                for (Header header : record.headers()) {
                    if (!header.key().startsWith(DEAD_LETTER_HEADERS)) {
                        headers.add(header);
                    }
                }
                await(producer.send(new ProducerRecord<>(source == null ? channel.sourceTopic() : source, null,
                        record.key(), record.value(), headers)));
                replayed.put(new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1));
                count[0]++;
            });
        }
        if (!replayed.isEmpty()) {
            await(admin().alterConsumerGroupOffsets(replayGroup, replayed).all());
        }
        return count[0];
    }

    private DeadLetterChannels.Channel channelOf(String topic) {
        DeadLetterChannels.Channel channel = channels.byTopic().get(topic);
        if (channel == null) {
            throw RequestRejectedException.notFound("dead-letter topic");
        }
        return channel;
    }

    /** From the first letter not replayed (inclusive) to the end of the partition (exclusive). */
    private record Range(long from, long to) {
    }

    private Map<TopicPartition, Range> pending(String topic) {
        List<TopicPartition> partitions;
        try {
            TopicDescription description = await(admin().describeTopics(List.of(topic)).allTopicNames()).get(topic);
            partitions = description.partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        } catch (RequestRejectedException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return Map.of(); // nothing was ever dead-lettered here
            }
            throw e;
        }
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> {
            earliest.put(p, OffsetSpec.earliest());
            latest.put(p, OffsetSpec.latest());
        });
        var starts = await(admin().listOffsets(earliest).all());
        var ends = await(admin().listOffsets(latest).all());
        Map<TopicPartition, OffsetAndMetadata> replayed = await(
                admin().listConsumerGroupOffsets(replayGroup).partitionsToOffsetAndMetadata());
        Map<TopicPartition, Range> pending = new HashMap<>();
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = replayed.get(partition);
            long from = Math.max(starts.get(partition).offset(), done == null ? 0 : done.offset());
            pending.put(partition, new Range(from, ends.get(partition).offset()));
        }
        return pending;
    }

    private static long depthOf(Map<TopicPartition, Range> pending) {
        return pending.values().stream().mapToLong(r -> Math.max(0, r.to() - r.from())).sum();
    }

    private void read(Map<TopicPartition, Range> pending, java.util.function.Consumer<ConsumerRecord<String, String>> each) {
        List<TopicPartition> toRead = pending.entrySet().stream().filter(e -> e.getValue().to() > e.getValue().from())
                .map(Map.Entry::getKey).toList();
        if (toRead.isEmpty()) {
            return;
        }
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            consumer.assign(toRead);
            toRead.forEach(p -> consumer.seek(p, pending.get(p).from()));
            long deadline = System.nanoTime() + TIMEOUT.toNanos() * 3;
            List<TopicPartition> open = new ArrayList<>(toRead);
            while (!open.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw unavailable(null);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < pending.get(new TopicPartition(record.topic(), record.partition())).to()) {
                        each.accept(record);
                    }
                }
                open.removeIf(p -> consumer.position(p) >= pending.get(p).to());
            }
        }
    }

    private static DeadLetter toDeadLetter(ConsumerRecord<String, String> record) {
        String cause = header(record, "dead-letter-cause");
        return new DeadLetter(record.topic(), record.partition(), record.offset(), header(record, "dead-letter-topic"),
                record.key(), header(record, "ce_id"), header(record, "ce_type"), header(record, "dead-letter-reason"),
                cause, Instant.ofEpochMilli(record.timestamp()),
                record.value() == null ? 0 : record.value().getBytes(StandardCharsets.UTF_8).length);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties config = new Properties();
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
            admin = Admin.create(config);
        }
        return admin;
    }

    private Properties consumerConfig() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return config;
    }

    private Properties producerConfig() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis() * 3);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return config;
    }

    /** Waits for a Kafka future; a broker that does not answer is a 503 to the administrator. */
    private static <T> T await(java.util.concurrent.Future<T> future) {
        try {
            return future.get(TIMEOUT.toMillis() * 3, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw unavailable(e.getCause());
        } catch (TimeoutException e) {
            throw unavailable(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(e);
        }
    }

    private static RequestRejectedException unavailable(Throwable cause) {
        RequestRejectedException e = new RequestRejectedException(503, "Service Unavailable", null,
                "the broker does not answer; try again");
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
