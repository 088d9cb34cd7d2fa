package al.childprotection.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import al.childprotection.contracts.EventType;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.Mailbox;
import al.childprotection.testsupport.TestEnvironment;
import al.childprotection.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * A child's names, personal number, guardian and circumstances never reach a log line or a Kafka record's key or
 * headers. The test records an intake with unique values, takes it down the whole flow (referral, case, task,
 * notification, e-mail) and through the paths that fail (a replayed Idempotency-Key with another body, a value
 * refused with 422, malformed JSON, a correction, a poison event on the dead-letter topic), then reads every line
 * the five services wrote and every record published on every topic since it began.
 */
@ExtendWith(PackagedPlatform.class)
class ChildDataStaysOutOfLogsIT {

    private static final Path LOGS = Path.of("target", "e2e-logs");

    @Test
    void aChildsPersonalDetailsAppearInNoLogLineAndNoKafkaKeyOrHeader() throws Exception {
        Instant began = Instant.now().minusSeconds(2);
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("the child's given name", "Zamir" + letters());
        secrets.put("the child's family name", "Kelmendi" + letters());
        secrets.put("the child's personal number", "K" + digits(8) + "Z");
        secrets.put("the guardian's name", "Drita" + letters());
        secrets.put("the guardian's phone", "+355 69 " + digits(7));
        secrets.put("the circumstances", "bridge" + letters());
        secrets.put("a date of birth mistyped", "born" + letters());
        String body = Intakes.withPersonalDetails(secrets.get("the child's given name"),
                secrets.get("the child's family name"), secrets.get("the child's personal number"),
                secrets.get("the guardian's name"), secrets.get("the guardian's phone"),
                "Found near the " + secrets.get("the circumstances"));
        String intakes = PackagedServices.url("police-intake-service") + "/intakes";

        String key = UUID.randomUUID().toString();
        String intakeId = as("police.kamza").header("Idempotency-Key", key).body(body).post(intakes)
                .then().statusCode(201).extract().path("id");
        // the paths that refuse: a reused key with another body, a value refused, a body cut short
        as("police.kamza").header("Idempotency-Key", key).body(body.replace("Found near", "Seen near"))
                .post(intakes).then().statusCode(409);
        as("police.kamza").body(body.replace(secrets.get("the child's personal number"),
                "X-" + secrets.get("the child's personal number"))).post(intakes).then().statusCode(422);
        as("police.kamza").body(body.substring(0, body.indexOf("\"situations\""))).post(intakes)
                .then().statusCode(400);
        as("police.kamza").body(body.replace("Found near", "Found alone near")).put(intakes + "/" + intakeId)
                .then().statusCode(200);
        // a malformed event about the same child, which referral-service sends to its dead-letter topic
        String poisonId;
        try (EventPublisher publisher = new EventPublisher()) {
            poisonId = publisher.publish(EventType.INTAKE_RECORDED, UUID.randomUUID(), new MalformedIntake(
                    UUID.randomUUID(), new MalformedChild(secrets.get("the child's given name"),
                            secrets.get("the child's family name"), secrets.get("a date of birth mistyped"))),
                    intakeId);
        }

        // the whole flow has run: the assignee has the task in their inbox and an e-mail about it
        Map<String, Object> task = await().atMost(Duration.ofSeconds(90)).until(() -> taskOfIntake(intakeId),
                found -> found != null);
        String assignee = (String) task.get("assignee");
        await().atMost(Duration.ofSeconds(60)).until(() -> Mailbox.of(assignee + "@demo.childprotection.al").stream()
                .anyMatch(mail -> mail.mime().contains((String) task.get("id"))));
        List<ConsumerRecord<String, String>> published = await().atMost(Duration.ofSeconds(60))
                .until(() -> recordsSince(began), all -> all.stream().anyMatch(r -> r.topic().endsWith(".dlt")
                        && poisonId.equals(header(r, "ce_id"))));

        List<String> leaks = new ArrayList<>();
        for (Path log : logFiles()) {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                for (Map.Entry<String, String> secret : secrets.entrySet()) {
                    if (contains(lines.get(i), secret.getValue())) {
                        leaks.add(log.getFileName() + ":" + (i + 1) + " has " + secret.getKey() + ": "
                                + masked(lines.get(i), secret.getValue()));
                    }
                }
            }
        }
        for (ConsumerRecord<String, String> record : published) {
            String place = record.topic() + "-" + record.partition() + "@" + record.offset();
            for (Map.Entry<String, String> secret : secrets.entrySet()) {
                if (contains(record.key(), secret.getValue())) {
                    leaks.add(place + " key has " + secret.getKey());
                }
                for (Header header : record.headers()) {
                    String value = header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
                    if (contains(header.key(), secret.getValue()) || contains(value, secret.getValue())) {
                        leaks.add(place + " header " + header.key() + " has " + secret.getKey() + ": "
                                + masked(value, secret.getValue()));
                    }
                }
            }
        }
        System.out.printf("[logs] scanned %d log files and %d Kafka records on %d topics for %d personal details%n",
                logFiles().size(), published.size(), published.stream().map(ConsumerRecord::topic).distinct().count(),
                secrets.size());
        assertThat(leaks).as("child data in logs or Kafka headers").isEmpty();
    }

    /** An intake.recorded payload whose date of birth is not a date: the parser's message would quote it. */
    record MalformedIntake(UUID intakeId, MalformedChild child) {
    }

    record MalformedChild(String givenName, String familyName, String dateOfBirth) {
    }

    private static Map<String, Object> taskOfIntake(String intakeId) {
        List<Map<String, Object>> referrals = supervisor().queryParam("limit", 500)
                .get(PackagedServices.url("referral-service") + "/referrals").then().statusCode(200)
                .extract().jsonPath().getList("$");
        Object referralId = referrals.stream().filter(r -> intakeId.equals(r.get("intakeId"))).map(r -> r.get("id"))
                .findFirst().orElse(null);
        if (referralId == null) {
            return null;
        }
        List<Map<String, Object>> tasks = supervisor().queryParam("limit", 500)
                .get(PackagedServices.url("case-service") + "/tasks").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return tasks.stream().filter(t -> referralId.equals(t.get("referralId"))).findFirst().orElse(null);
    }

    /** Every record on every topic of the broker published since {@code since}. */
    private static List<ConsumerRecord<String, String>> recordsSince(Instant since) throws Exception {
        List<String> topics;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestEnvironment.kafkaBootstrap()))) {
            topics = admin.listTopics().names().get().stream().sorted().toList();
        }
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestEnvironment.kafkaBootstrap());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                            .map(p -> new TopicPartition(topic, p.partition())))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> from = new LinkedHashMap<>();
            partitions.forEach(p -> from.put(p, since.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(from, Duration.ofSeconds(30));
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            List<TopicPartition> pending = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp start = starts.get(partition);
                if (start != null && start.offset() < ends.get(partition)) {
                    consumer.seek(partition, start.offset());
                    pending.add(partition);
                }
            }
            consumer.assign(pending);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (pending.stream().anyMatch(p -> consumer.position(p) < ends.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                        records.add(record);
                    }
                });
            }
        }
        return records;
    }

    private static List<Path> logFiles() throws IOException {
        try (Stream<Path> files = Files.list(LOGS)) {
            return files.filter(f -> f.toString().endsWith(".log")).sorted().toList();
        }
    }

    private static boolean contains(String text, String secret) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT));
    }

    /** The line around the detail, the detail itself blotted out, so the report does not spread it further. */
    private static String masked(String text, String secret) {
        int at = text.toLowerCase(Locale.ROOT).indexOf(secret.toLowerCase(Locale.ROOT));
        String around = text.substring(Math.max(0, at - 120), Math.min(text.length(), at + secret.length() + 60));
        return around.replaceAll("(?i)" + java.util.regex.Pattern.quote(secret), "<" + "*".repeat(6) + ">");
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static final Random RANDOM = new Random();

    private static String letters() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            text.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return text.toString();
    }

    private static String digits(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(RANDOM.nextInt(10));
        }
        return text.toString();
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(TestTokens.of(user)).contentType(ContentType.JSON);
    }

    private static RequestSpecification supervisor() {
        return given().auth().oauth2(TestTokens.of("cpu.tirana.supervisor"));
    }
}
