package al.childprotection.kit.deadletter;

import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.Config;

/**
 * The consuming channels of this service that send poison messages to a dead-letter topic, read from the
 * channel configuration itself ({@code mp.messaging.incoming.<channel>.dead-letter-queue.topic}), so that a new
 * consumer is covered without a line of code.
 */
@ApplicationScoped
public class DeadLetterChannels {

    private static final Pattern DLT_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.(.+)\\.dead-letter-queue\\.topic");

    /** A consuming channel and its dead-letter topic. */
    public record Channel(String name, String sourceTopic, String deadLetterTopic) {
    }

    private final Map<String, Channel> byTopic = new TreeMap<>();

    DeadLetterChannels(Config config) {
        for (String property : config.getPropertyNames()) {
            Matcher matcher = DLT_TOPIC.matcher(property);
            if (!matcher.matches()) {
                continue;
            }
            String channel = matcher.group(1);
            String prefix = "mp.messaging.incoming." + channel + ".";
            boolean deadLetters = config.getOptionalValue(prefix + "failure-strategy", String.class)
                    .filter("dead-letter-queue"::equals).isPresent();
            if (deadLetters) {
                String topic = config.getValue(property, String.class);
                String source = config.getOptionalValue(prefix + "topic", String.class).orElse(channel);
                byTopic.put(topic, new Channel(channel, source, topic));
            }
        }
    }

    public Map<String, Channel> byTopic() {
        return byTopic;
    }
}
