package al.childprotection.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * The ministry feed's entry, pushed to a subscriber's endpoint as a signed structured CloudEvent: its JSON Schema
 * takes what notification-service sends and nothing more of a child. contracts depends on no service, so the entries
 * here are built the way {@code FeedEvents.toEvent} builds them (with the contracts' own {@link AgeBand} and
 * {@link Sex}), and the shape and headers are read from notification-service's source.
 */
class FeedEntrySchemaTests {

    private static final String NOTIFICATION = "notification-service/src/main/java/al/childprotection/notification";
    private static final Pattern RECORD = Pattern.compile("record (\\w+)\\(([^)]*)\\)");
    private static final Pattern PUSH_HEADER = Pattern.compile("\\.putHeader\\(\"([^\"]+)\"");
    private static final ZoneId TIRANA = ZoneId.of("Europe/Tirane");
    /** The secret of the worked example in docs/integrating.md and in the document's example. */
    private static final String EXAMPLE_SECRET = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    private static final JsonSchema SCHEMA = load();

    private static JsonSchema load() {
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                    SchemaLocation.of("classpath:" + ContractFiles.FEED_ENTRY_SCHEMA.substring(1)),
                    ContractFiles.resource(ContractFiles.FEED_ENTRY_SCHEMA),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> violations(JsonNode entry) {
        return SCHEMA.validate(entry).stream().map(Object::toString).toList();
    }

    /** An entry as {@code FeedEvents.toEvent} writes it: null fields left out, times cut to the day in Tirana. */
    static ObjectNode entry(EventType type, String childId, String ageBand, Sex sex, String municipality,
            Instant occurred, Instant recorded) {
        ObjectNode entry = ContractFiles.JSON.createObjectNode();
        String day = day(occurred);
        entry.put("specversion", "1.0")
                .put("id", UUID.randomUUID().toString())
                .put("source", "/child-protection/feed")
                .put("type", type.ceType());
        if (childId != null) {
            entry.put("subject", childId);
        }
        entry.put("time", day).put("datacontenttype", "application/json").put("cursor", cursor());
        ObjectNode data = entry.putObject("data")
                .put("eventType", type.ceType().replaceFirst("^al\\.childprotection\\.", "").replaceFirst("\\.v\\d+$", ""));
        if (childId != null) {
            data.putObject("child").put("id", childId).put("ageBand", ageBand).put("sex", sex.name());
        }
        if (municipality != null) {
            data.put("municipality", municipality);
        }
        data.put("occurredAt", day).put("recordedAt", day(recorded));
        return entry;
    }

    private static String day(Instant at) {
        return at.atZone(TIRANA).truncatedTo(ChronoUnit.DAYS).toInstant().toString();
    }

    /** A cursor's shape: 12 bytes of nonce, 8 of position, 16 of tag, base64url without padding. */
    private static String cursor() {
        byte[] raw = new byte[36];
        new Random(7).nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    private static final String CHILD = "f64f66fd9c833def603fc51481581bf9";
    private static final Instant REFERRED = Instant.parse("2025-03-14T09:05:00Z");

    static Stream<EventType> feedTypes() {
        return Arrays.stream(EventType.values()).filter(t -> !t.topic().equals(Topics.DIRECTORY));
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void anEntryOfEveryTypeInTheFeedIsValidAndADirectoryEventIsNot(EventType type) {
        ObjectNode entry = entry(type, CHILD, AgeBand.of(LocalDate.of(2012, 5, 3), null, REFERRED), Sex.FEMALE,
                "Tiranë", REFERRED, REFERRED.plusSeconds(3));
        if (type.topic().equals(Topics.DIRECTORY)) {
            assertThat(violations(entry)).as("directory events are never in the feed").isNotEmpty();
        } else {
            assertThat(violations(entry)).isEmpty();
        }
    }

    @Test
    void everyAgeBandAndSexTheFeedWritesIsValid() {
        List<String> bands = new ArrayList<>();
        bands.add(AgeBand.of(null, null, REFERRED));
        for (int age : new int[] {0, 4, 5, 9, 10, 14, 15, 17, 18, 21}) {
            bands.add(AgeBand.of(null, age, REFERRED));
        }
        assertThat(bands).containsExactlyInAnyOrder("unknown", "0-4", "0-4", "5-9", "5-9", "10-14", "10-14",
                "15-17", "15-17", "18+", "18+");
        for (String band : bands) {
            for (Sex sex : Sex.values()) {
                assertThat(violations(entry(EventType.REFERRAL_CREATED, CHILD, band, sex, "Kamëz", REFERRED,
                        REFERRED))).as("%s %s", band, sex).isEmpty();
            }
        }
    }

    @Test
    void anEntryAboutNoChildHasNeitherSubjectNorChildAndMayNameNoMunicipality() {
        assertThat(violations(entry(EventType.PLACEMENT_CAPACITY_CHANGED, null, null, null, "Tiranë", REFERRED,
                REFERRED))).isEmpty();
        assertThat(violations(entry(EventType.PLACEMENT_CAPACITY_CHANGED, null, null, null, null, REFERRED,
                REFERRED))).isEmpty();

        ObjectNode subjectWithoutChild = entry(EventType.PLACEMENT_CAPACITY_CHANGED, null, null, null, "Tiranë",
                REFERRED, REFERRED).put("subject", CHILD);
        assertThat(violations(subjectWithoutChild)).as("a subject names the child in data").isNotEmpty();
        ObjectNode childWithoutSubject = entry(EventType.REFERRAL_CREATED, CHILD, "5-9", Sex.MALE, "Tiranë",
                REFERRED, REFERRED);
        childWithoutSubject.remove("subject");
        assertThat(violations(childWithoutSubject)).as("a child is named in the subject too").isNotEmpty();
    }

    /** The minimised payload: nothing identifying can be added, at any level. */
    @Test
    void nothingMoreOfTheChildThanTheMinimisedPayloadIsValid() {
        ObjectNode named = entry(EventType.REFERRAL_CREATED, CHILD, "5-9", Sex.MALE, "Tiranë", REFERRED, REFERRED);
        ((ObjectNode) named.path("data").path("child")).put("firstName", "Ardit");
        assertThat(violations(named)).singleElement().asString().contains("firstName");

        ObjectNode born = entry(EventType.REFERRAL_CREATED, CHILD, "5-9", Sex.MALE, "Tiranë", REFERRED, REFERRED);
        ((ObjectNode) born.path("data").path("child")).put("dateOfBirth", "2012-05-03");
        assertThat(violations(born)).singleElement().asString().contains("dateOfBirth");

        ObjectNode referral = entry(EventType.REFERRAL_CREATED, CHILD, "5-9", Sex.MALE, "Tiranë", REFERRED, REFERRED);
        ((ObjectNode) referral.path("data")).put("referralId", UUID.randomUUID().toString());
        assertThat(violations(referral)).singleElement().asString().contains("referralId");

        ObjectNode extension = entry(EventType.REFERRAL_CREATED, CHILD, "5-9", Sex.MALE, "Tiranë", REFERRED, REFERRED)
                .put("correlationid", UUID.randomUUID().toString());
        assertThat(violations(extension)).singleElement().asString().contains("correlationid");

        ObjectNode platformId = entry(EventType.REFERRAL_CREATED, UUID.randomUUID().toString(), "5-9", Sex.MALE,
                "Tiranë", REFERRED, REFERRED);
        assertThat(violations(platformId)).as("a platform UUID instead of the pseudonymous id").isNotEmpty();

        ObjectNode exactAge = entry(EventType.REFERRAL_CREATED, CHILD, "7", Sex.MALE, "Tiranë", REFERRED, REFERRED);
        assertThat(violations(exactAge)).singleElement().asString().contains("ageBand");
    }

    @Test
    void theTypesOfTheFeedAreEveryEventTypeButTheDirectorys() throws IOException {
        JsonNode schema = ContractFiles.resource(ContractFiles.FEED_ENTRY_SCHEMA);
        List<String> types = new ArrayList<>();
        schema.at("/properties/type/enum").forEach(t -> types.add(t.asText()));
        assertThat(types).containsExactlyElementsOf(feedTypes().map(EventType::ceType).toList());
    }

    @Test
    void theSchemaIsAValidDraft202012SchemaClosedAtEveryLevel() throws IOException {
        JsonNode schema = ContractFiles.resource(ContractFiles.FEED_ENTRY_SCHEMA);
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).endsWith("feed-entry.v1");
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(metaSchema.validate(schema)).isEmpty();
        List<String> objects = ContractFiles.objectSchemas(schema).stream()
                .filter(p -> schema.at(p.substring(1)).path("type").asText().equals("object")).toList();
        assertThat(objects).hasSize(3);
        for (String pointer : objects) {
            JsonNode node = schema.at(pointer.substring(1));
            assertThat(node.path("additionalProperties").isBoolean() && !node.get("additionalProperties").asBoolean())
                    .as("additionalProperties: false at %s", pointer).isTrue();
        }
    }

    /** Field for field what notification-service's {@code FeedEvent} carries, at each of its three levels. */
    @Test
    void theSchemaHasExactlyTheFieldsOfTheFeedEventTheServiceWrites() throws IOException {
        String source = Files.readString(ServiceChannels.root().resolve(NOTIFICATION + "/rest/FeedEvent.java"),
                StandardCharsets.UTF_8);
        Matcher record = RECORD.matcher(source);
        List<List<String>> records = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (record.find()) {
            names.add(record.group(1));
            records.add(Arrays.stream(record.group(2).split(",")).map(String::trim)
                    .map(c -> c.substring(c.lastIndexOf(' ') + 1)).toList());
        }
        assertThat(names).containsExactly("FeedEvent", "Data", "Child");
        JsonNode schema = ContractFiles.resource(ContractFiles.FEED_ENTRY_SCHEMA);
        assertThat(fields(schema)).isEqualTo(Set.copyOf(records.get(0)));
        assertThat(fields(schema.at("/properties/data"))).isEqualTo(Set.copyOf(records.get(1)));
        assertThat(fields(schema.at("/properties/data/properties/child"))).isEqualTo(Set.copyOf(records.get(2)));
    }

    private static Set<String> fields(JsonNode objectSchema) {
        Set<String> fields = new TreeSet<>();
        objectSchema.path("properties").fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    @Test
    void thePushCarriesTheHeadersTheDocumentDescribes() throws IOException {
        Path delivery = ServiceChannels.root().resolve(NOTIFICATION + "/service/WebhookDelivery.java");
        Matcher header = PUSH_HEADER.matcher(Files.readString(delivery, StandardCharsets.UTF_8));
        Set<String> sent = new TreeSet<>();
        while (header.find()) {
            sent.add(header.group(1));
        }
        JsonNode headers = AsyncApi.read().doc.at("/components/schemas/FeedPushHeaders");
        assertThat(fields(headers)).as("headers of a push").isEqualTo(sent);
        List<String> required = new ArrayList<>();
        headers.path("required").forEach(r -> required.add(r.asText()));
        assertThat(required).containsExactlyInAnyOrderElementsOf(sent);
        assertThat(AsyncApi.read().doc.at("/components/messages/FeedEntry/payload/schema/$ref").asText())
                .isEqualTo("." + ContractFiles.FEED_ENTRY_SCHEMA);
    }

    /** The document's example is a real push: its entry is valid, and its signature verifies as described. */
    @Test
    void theDocumentedPushIsValidAndItsSignatureVerifies() throws Exception {
        AsyncApi api = AsyncApi.read();
        JsonNode example = api.doc.at("/components/messages/FeedEntry/examples/0");
        JsonNode payload = example.path("payload");
        assertThat(violations(payload)).isEmpty();

        JsonNode headers = example.path("headers");
        JsonSchema headerSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(
                api.at("#/components/schemas/FeedPushHeaders"));
        assertThat(headerSchema.validate(headers)).isEmpty();
        assertThat(headers.path("webhook-id").asText()).isEqualTo(payload.path("id").asText());

        // the body is the entry's compact JSON, in the order FeedEvent declares its fields
        String body = ContractFiles.JSON.writeValueAsString(payload);
        String signed = headers.path("webhook-id").asText() + "." + headers.path("webhook-timestamp").asText() + "."
                + body;
        assertThat(headers.path("webhook-signature").asText()).isEqualTo("v1," + hmac(EXAMPLE_SECRET, signed));
    }

    /** Standard Webhooks: the key is the bytes after {@code whsec_}, base64-decoded. */
    private static String hmac(String secret, String signed) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFeedIsPushedByNotificationServiceOnItsOwnChannel() throws IOException {
        AsyncApi api = AsyncApi.read();
        List<AsyncApi.Operation> pushes = api.operations().stream()
                .filter(op -> !api.isKafka(op.channel())).toList();
        assertThat(pushes).singleElement().satisfies(op -> {
            assertThat(op.action()).isEqualTo("send");
            assertThat(op.service()).isEqualTo("notification-service");
            assertThat(op.messages()).containsExactly("feed-entry");
            assertThat(op.node().at("/bindings/http/method").asText()).isEqualTo("POST");
        });
        assertThat(api.doc.at("/servers/ministryEndpoint/protocol").asText()).isEqualTo("https");
    }
}
