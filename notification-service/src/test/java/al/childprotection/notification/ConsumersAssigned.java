package al.childprotection.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.config.ConfigProvider;

import al.childprotection.testsupport.TestEnvironment;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * Before the first test of each application start, waits until the service's consumers have their partitions,
 * and puts the demo people on record through the directory. The tests' consumer group is new at every start and reads from the end of each topic (the shared broker carries every other test run's
 * events, which these tests need not wade through), so an event published before that moment would be missed.
 */
public class ConsumersAssigned implements QuarkusTestBeforeEachCallback {

    private static final List<String> TOPICS = List.of("intake.events", "referral.events", "case.events",
            "placement.events");
    /** The consumer groups whose partitions are assigned: one per application start (per test profile). */
    private static final Set<String> ASSIGNED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        String group = ConfigProvider.getConfig().getValue("kafka.group.id", String.class);
        if (ASSIGNED.contains(group)) {
            return;
        }
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestEnvironment.kafkaBootstrap()))) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                    .until(() -> assignedTopics(admin, group).containsAll(TOPICS));
        }
        // the directory's channel reads from the start of its topic, with a group of its own: what is published now is
        // read whenever it is assigned. The demo people go on record once per start (a test that changes one puts it
        // back).
        DemoPeople.allOnRecord(Arc.container().instance(Pool.class).get());
        ASSIGNED.add(group);
    }

    private static Set<String> assignedTopics(Admin admin, String group) throws Exception {
        ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
        Collection<MemberDescription> members = description.members();
        return members.stream().flatMap(m -> m.assignment().topicPartitions().stream()).map(TopicPartition::topic)
                .collect(Collectors.toSet());
    }
}
