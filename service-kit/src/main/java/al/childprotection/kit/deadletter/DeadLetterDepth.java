package al.childprotection.kit.deadletter;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;

/**
 * The gauge {@code platform.dead.letters} (Prometheus: {@code platform_dead_letters}), one per dead-letter topic:
 * the letters that wait for a replay. Counted from the broker every few seconds, not on each scrape.
 */
@Startup
@ApplicationScoped
public class DeadLetterDepth {

    private static final Logger LOG = Logger.getLogger(DeadLetterDepth.class);

    private final DeadLetters deadLetters;
    private final Map<String, AtomicLong> depths = new ConcurrentHashMap<>();

    DeadLetterDepth(DeadLetterChannels channels, DeadLetters deadLetters, MeterRegistry registry) {
        this.deadLetters = deadLetters;
        channels.byTopic().forEach((topic, channel) -> {
            AtomicLong depth = new AtomicLong();
            depths.put(topic, depth);
            Gauge.builder("platform.dead.letters", depth, AtomicLong::get)
                    .description("Messages on a dead-letter topic that have not been replayed")
                    .tag("topic", topic).tag("channel", channel.name())
                    .register(registry);
        });
    }

    @Scheduled(every = "${platform.dead-letters.refresh-interval:10s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshAll() {
        depths.keySet().forEach(this::refresh);
    }

    void refresh(String topic) {
        try {
            depths.get(topic).set(deadLetters.depth(topic));
        } catch (RuntimeException e) {
            // the broker is away: keep the last known depth, readiness already says so
            LOG.debugf("dead-letter depth of %s not refreshed: %s", topic, e.getMessage());
        }
    }
}
