package al.childprotection.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Kafka channels as the services' code configures them, read from the source tree beside this module (the
 * contract test is the only reader: contracts depends on no service).
 * <ul>
 * <li>A consumer is an {@code mp.messaging.incoming.<channel>.topic} of a service's {@code application.properties};
 * its dead-letter topic is {@code ...dead-letter-queue.topic}, its consumer group {@code ...group.id}, else
 * {@code kafka.group.id}, else the application name (the Quarkus default).</li>
 * <li>A producer writes through the kit's outbox: the relay sends each row to {@code EventType.topic()} of its type,
 * so a service publishes the types it names in the classes that hand events to the {@code Outbox}. Any other
 * outgoing channel is one more topic the service sends to.</li>
 * </ul>
 * Properties of a profile ({@code %test.}) are left out: they are not what runs.
 */
final class ServiceChannels {

    private static final Pattern INCOMING_TOPIC = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.topic");
    private static final Pattern OUTGOING_TOPIC = Pattern.compile("mp\\.messaging\\.outgoing\\.([^.]+)\\.topic");
    private static final Pattern EVENT_TYPE = Pattern.compile("\\bEventType\\.([A-Z][A-Z0-9_]*)\\b");
    private static final Pattern KAFKA_HEADER = Pattern.compile("add\\(headers, \"([^\"]+)\"");
    private static final String OUTBOX_IMPORT = "import al.childprotection.kit.outbox.Outbox;";
    /** The kit's outgoing channel: its configured topic is a fallback, each record names its own. */
    static final String OUTBOX_CHANNEL = "outbox";
    /** Stands for the instance's random id in a consumer group ({@code ${quarkus.uuid}}). */
    static final String INSTANCE_ID = "${quarkus.uuid}";

    /** One incoming channel of one service. */
    record Consumer(String service, String channel, String topic, String deadLetterTopic, String groupId) {
    }

    /** A topic a service sends to, and the event types it sends there (empty for a channel outside the outbox). */
    record Producer(String service, String channel, String topic, Set<EventType> types) {
    }

    private ServiceChannels() {
    }

    /** The repository's root: the parent of the contracts module, where the services' modules are. */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        Path root = here.getFileName().toString().equals("contracts") ? here.getParent() : here;
        assertThat(root.resolve("contracts/pom.xml")).as("the contracts module under %s", root).exists();
        return root;
    }

    /** Every module with a runnable service: it has {@code src/main/resources/application.properties}. */
    static List<Path> services() {
        try (Stream<Path> modules = Files.list(root())) {
            List<Path> services = modules
                    .filter(m -> Files.isRegularFile(m.resolve("src/main/resources/application.properties")))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
            assertThat(services).as("service modules under %s", root()).isNotEmpty();
            return services;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The service's name: {@code quarkus.application.name}, which is also the name of its module. */
    static String name(Path service) {
        String name = properties(service).get("quarkus.application.name");
        assertThat(name).as("quarkus.application.name of %s", service).isEqualTo(service.getFileName().toString());
        return name;
    }

    static List<Consumer> consumers() {
        List<Consumer> consumers = new ArrayList<>();
        for (Path service : services()) {
            Map<String, String> config = properties(service);
            String name = name(service);
            config.forEach((key, topic) -> {
                Matcher incoming = INCOMING_TOPIC.matcher(key);
                if (incoming.matches()) {
                    String prefix = "mp.messaging.incoming." + incoming.group(1) + ".";
                    String groupId = Optional.ofNullable(config.get(prefix + "group.id"))
                            .or(() -> Optional.ofNullable(config.get("kafka.group.id"))).orElse(name);
                    consumers.add(new Consumer(name, incoming.group(1), topic,
                            config.get(prefix + "dead-letter-queue.topic"), groupId));
                }
            });
        }
        return consumers;
    }

    /** Every topic each service sends to: the outbox's, by event type, and any other outgoing channel's. */
    static List<Producer> producers() {
        Map<String, String> kitDefaults = kitDefaults();
        List<Producer> producers = new ArrayList<>();
        for (Path service : services()) {
            String name = name(service);
            Map<String, String> config = new TreeMap<>(kitDefaults);
            config.putAll(properties(service));
            Set<EventType> published = publishedTypes(service);
            config.forEach((key, topic) -> {
                Matcher outgoing = OUTGOING_TOPIC.matcher(key);
                if (!outgoing.matches()) {
                    return;
                }
                if (outgoing.group(1).equals(OUTBOX_CHANNEL)) {
                    Map<String, Set<EventType>> byTopic = new TreeMap<>();
                    published.forEach(t -> byTopic
                            .computeIfAbsent(t.topic(), x -> new LinkedHashSet<>()).add(t));
                    byTopic.forEach((t, types) -> producers.add(new Producer(name, OUTBOX_CHANNEL, t, types)));
                } else {
                    producers.add(new Producer(name, outgoing.group(1), topic, Set.of()));
                }
            });
        }
        return producers;
    }

    /**
     * The event types a service hands to the outbox: those named in its classes that use the {@code Outbox}
     * (listeners name the types they read, but never use the outbox themselves).
     */
    private static Set<EventType> publishedTypes(Path service) {
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        try (Stream<Path> files = Files.walk(service.resolve("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                if (source.contains(OUTBOX_IMPORT)) {
                    Matcher type = EVENT_TYPE.matcher(source);
                    while (type.find()) {
                        types.add(EventType.valueOf(type.group(1)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return types;
    }

    /** The Kafka headers the kit's producer writes on every event, in the order it writes them. */
    static List<String> cloudEventHeaders() {
        String source = kitSource("cloudevents/CloudEvent.java");
        int start = source.indexOf("toKafkaHeaders()");
        assertThat(start).as("CloudEvent.toKafkaHeaders() in the kit").isPositive();
        String body = source.substring(start, source.indexOf("return headers;", start));
        List<String> headers = new ArrayList<>();
        Matcher header = KAFKA_HEADER.matcher(body);
        while (header.find()) {
            headers.add(header.group(1));
        }
        assertThat(headers).as("headers written by CloudEvent.toKafkaHeaders()").isNotEmpty();
        return headers;
    }

    /** A source file of the kit, e.g. {@code outbox/OutboxRelay.java}. */
    static String kitSource(String path) {
        Path file = root().resolve("service-kit/src/main/java/al/childprotection/kit").resolve(path);
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The defaults every service shares (the kit's {@code META-INF/microprofile-config.properties}). */
    static Map<String, String> kitDefaults() {
        return read(root().resolve("service-kit/src/main/resources/META-INF/microprofile-config.properties"));
    }

    static Map<String, String> properties(Path service) {
        return read(service.resolve("src/main/resources/application.properties"));
    }

    private static Map<String, String> read(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> result = new TreeMap<>();
        properties.stringPropertyNames().stream().filter(k -> !k.startsWith("%"))
                .forEach(k -> result.put(k, properties.getProperty(k).trim()));
        return result;
    }
}
