package al.childprotection.e2e;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import al.childprotection.testsupport.TestEnvironment;

/**
 * The packaged services of one end-to-end run consume in consumer groups of their own, which start at the end of
 * every topic. On the shared test broker a module's {@code @QuarkusTest} consumes in the group named after the
 * service; sharing it, an intake of this run could be taken by another process with another database.
 */
final class ConsumerGroups {

    private static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");

    private ConsumerGroups() {
    }

    /** The {@code -D} options that put every incoming channel of the service in this run's group. */
    static List<String> ofThisRun(String module, Path applicationProperties, String run) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(applicationProperties, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        String group = module + "-e2e-" + run;
        List<String> options = new ArrayList<>();
        Set<String> topics = new TreeSet<>();
        for (String name : properties.stringPropertyNames()) {
            Matcher channel = INCOMING.matcher(name);
            if (channel.matches()) {
                options.add("-Dmp.messaging.incoming." + channel.group(1) + ".group.id=" + group);
                topics.add(properties.getProperty(name).strip());
            }
        }
        startAtTheEnd(group, topics);
        return options;
    }

    /** Commits the current end of each topic for the group: the run's services see only what happens from now. */
    private static void startAtTheEnd(String group, Set<String> topics) {
        if (topics.isEmpty()) {
            return;
        }
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestEnvironment.kafkaBootstrap());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = new ArrayList<>();
            Map<String, List<PartitionInfo>> existing = consumer.listTopics(Duration.ofSeconds(30));
            for (String topic : topics) {
                // a topic that does not exist yet is empty: the group starts at its beginning, which is now
                existing.getOrDefault(topic, List.of())
                        .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            Map<TopicPartition, OffsetAndMetadata> ends = new HashMap<>();
            consumer.endOffsets(partitions, Duration.ofSeconds(30))
                    .forEach((partition, end) -> ends.put(partition, new OffsetAndMetadata(end)));
            consumer.commitSync(ends, Duration.ofSeconds(30));
        }
    }
}
