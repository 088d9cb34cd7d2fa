package al.childprotection.testsupport;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.utils.Utils;

/**
 * Where the producer places a key. A consumer handles one partition in order, so the effect of a sentinel published
 * after an entry, on the entry's partition, proves the entry was handled, even when handling it changed nothing.
 */
public final class Partitions {

    private Partitions() {
    }

    /** A code such that {@code prefix + code} lands on the partition of {@code topic} that {@code key} lands on. */
    public static String codeBeside(String topic, String key, String prefix) {
        int partitions = partitionsOf(topic);
        int target = partitionOf(key, partitions);
        while (true) {
            String code = UUID.randomUUID().toString().substring(0, 8);
            if (partitionOf(prefix + code, partitions) == target) {
                return code;
            }
        }
    }

    private static int partitionsOf(String topic) {
        Topics.ensureExists(topic);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestEnvironment.kafkaBootstrap()))) {
            return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe topic " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int partitionOf(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
