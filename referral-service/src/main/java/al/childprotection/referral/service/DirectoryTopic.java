package al.childprotection.referral.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import al.childprotection.contracts.Topics;

/**
 * The directory topic keeps the newest state of every entry for ever, so it must be compacted: created so at start,
 * or corrected if the broker created it on first use with its default policy (delete, which would lose entries).
 */
@ApplicationScoped
public class DirectoryTopic {

    private static final Logger LOG = Logger.getLogger(DirectoryTopic.class);
    private static final long TIMEOUT_SECONDS = 30;

    private final String bootstrap;

    DirectoryTopic(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap) {
        this.bootstrap = bootstrap;
    }

    public void ensureCompacted() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            if (!created(admin)) {
                compact(admin);
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot make " + Topics.DIRECTORY + " a compacted topic", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean created(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        NewTopic topic = new NewTopic(Topics.DIRECTORY, Optional.empty(), Optional.empty())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try {
            admin.createTopics(List.of(topic)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TopicExistsException) {
                return false;
            }
            throw e;
        }
    }

    private static void compact(Admin admin) throws InterruptedException, ExecutionException, TimeoutException {
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, Topics.DIRECTORY);
        ConfigEntry policy = admin.describeConfigs(List.of(resource)).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .get(resource).get(TopicConfig.CLEANUP_POLICY_CONFIG);
        if (policy != null && TopicConfig.CLEANUP_POLICY_COMPACT.equals(policy.value())) {
            return;
        }
        LOG.warnf("%s had cleanup.policy=%s: made compact", Topics.DIRECTORY, policy == null ? null : policy.value());
        AlterConfigOp compact = new AlterConfigOp(
                new ConfigEntry(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT),
                AlterConfigOp.OpType.SET);
        admin.incrementalAlterConfigs(Map.of(resource, List.of(compact))).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
