package al.childprotection.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates event payloads against the JSON Schema of their CloudEvents type, and provides the one
 * {@link ObjectMapper} the schemas are written for.
 * <p>
 * Schemas are read from the classpath ({@link EventType#schemaResource()}) the first time a type is validated and
 * cached; they are self-contained (shared definitions are copied under {@code $defs}), so validation never goes to
 * the network. Format assertions are on: a {@code uuid}, {@code date} or {@code date-time} that does not parse is a
 * violation. All methods are thread-safe.
 */
public final class EventSchemas {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /** Parses payloads strictly: trailing content after the JSON value is an error, not ignored. */
    private static final ObjectReader STRICT_READER = MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .locale(Locale.ENGLISH)
            .build();

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static final Map<EventType, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /**
     * The shared mapper for event payloads: Java time support, {@code Instant} as ISO-8601 {@code date-time},
     * {@code LocalDate} as ISO-8601 {@code date}, unknown properties ignored when reading (a consumer keeps working
     * when a newer producer adds a field). Configured once; do not reconfigure it ({@code mapper().copy()} if you
     * need different settings).
     */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Validates a payload against the schema of a CloudEvents type.
     *
     * @param ceType the {@code ce_type} header, e.g. {@code al.childprotection.intake.recorded.v1}
     * @param json the event data
     * @return the violations, each starting with the JSON path it concerns (e.g.
     *         {@code $.child: required property 'sex' not found}), sorted by path; empty when the payload is valid. An unknown
     *         type or a payload that is not JSON yields one violation saying so.
     */
    public static List<String> violations(String ceType, String json) {
        Optional<EventType> type = ceType == null ? Optional.empty() : EventType.ofCeType(ceType);
        if (type.isEmpty()) {
            return List.of("unknown CloudEvents type '" + ceType + "': no schema for it");
        }
        if (json == null || json.isBlank()) {
            return List.of("payload of " + ceType + " is empty");
        }
        JsonNode node;
        try {
            node = STRICT_READER.readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("payload of " + ceType + " is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || node.isMissingNode()) {
            return List.of("payload of " + ceType + " is empty");
        }
        return violations(type.get(), node);
    }

    /**
     * Serializes a payload record with {@link #mapper()} and validates it against the schema of the given type.
     * A record of another class than {@link EventType#payload()} is itself a violation.
     */
    public static List<String> violations(EventType type, Record payload) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(payload, "payload");
        if (!type.payload().isInstance(payload)) {
            return List.of(type.ceType() + " carries " + type.payload().getSimpleName() + ", not "
                    + payload.getClass().getSimpleName());
        }
        return violations(type, MAPPER.valueToTree(payload));
    }

    private static List<String> violations(EventType type, JsonNode payload) {
        Set<ValidationMessage> messages = schema(type).validate(payload);
        List<String> result = new ArrayList<>(messages.size());
        messages.stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .forEach(m -> result.add(m.getMessage()));
        return List.copyOf(result);
    }

    private static JsonSchema schema(EventType type) {
        return SCHEMAS.computeIfAbsent(type, EventSchemas::load);
    }

    private static JsonSchema load(EventType type) {
        String resource = type.schemaResource();
        try (InputStream in = EventSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no JSON Schema on the classpath at " + resource);
            }
            JsonNode node = MAPPER.readTree(in);
            JsonSchema schema = FACTORY.getSchema(SchemaLocation.of("classpath:" + resource.substring(1)), node,
                    CONFIG);
            // resolve every keyword now, so concurrent validations share a fully built, read-only schema
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the JSON Schema " + resource, e);
        }
    }
}
