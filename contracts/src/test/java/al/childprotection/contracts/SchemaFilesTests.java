package al.childprotection.contracts;

import static al.childprotection.contracts.ContractFiles.FEED_ENTRY_SCHEMA;
import static al.childprotection.contracts.ContractFiles.JSON;
import static al.childprotection.contracts.ContractFiles.objectSchemas;
import static al.childprotection.contracts.ContractFiles.schemaFile;
import static al.childprotection.contracts.EventSamples.DIRECTORY_EDITED;
import static al.childprotection.contracts.EventSamples.sample;
import static al.childprotection.contracts.PayloadFields.NULLABLE;
import static al.childprotection.contracts.PayloadFields.listElementType;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

/** The schema files themselves: one per event type, valid draft 2020-12, closed, mirroring their records and keys. */
class SchemaFilesTests {

    /**
     * The Kafka key (and ce_subject) is the aggregate id, so every payload carries it and its schema says which field
     * it is. Placement events are keyed by the request, the placement or the shelter they are about; a directory
     * entry by its kind and code (or username), which its schema spells out.
     */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void everyPayloadCarriesTheAggregateIdItIsKeyedBy(EventType type) throws Exception {
        Map<String, Set<String>> keysByTopic = Map.of(Topics.INTAKE, Set.of("intakeId"), Topics.REFERRAL,
                Set.of("referralId"), Topics.CASE, Set.of("caseId"), Topics.PLACEMENT,
                Set.of("requestId", "placementId", "shelterCode"), Topics.DIRECTORY, Set.of("code", "username"));
        Set<String> keys = keysByTopic.get(type.topic());
        assertThat(keys).as("aggregate ids of %s", type.topic()).isNotNull();
        JsonNode properties = schemaFile(type).path("properties");
        List<String> keyed = new ArrayList<>();
        properties.fields().forEachRemaining(p -> {
            if (p.getValue().path("description").asText().contains("Kafka key")) {
                keyed.add(p.getKey());
            }
        });
        assertThat(keyed).as("fields of %s described as the Kafka key", type).hasSize(1);
        String key = keyed.get(0);
        assertThat(keys).as("aggregate id of %s", type).contains(key);
        assertThat(Arrays.stream(type.payload().getRecordComponents()).filter(c -> c.getName().equals(key)))
                .as("%s.%s", type, key).hasSize(1);

        if (type.topic().equals(Topics.DIRECTORY)) {
            Record sample = sample(type);
            String entryId = (String) type.payload().getMethod("entryId").invoke(sample);
            Object keyValue = type.payload().getMethod(key).invoke(sample);
            String kind = entryId.substring(0, entryId.indexOf(':') + 1);
            assertThat(kind).as("entry id of %s", type).isIn(DirectoryEntries.UNIT, DirectoryEntries.STATION,
                    DirectoryEntries.AGENCY, DirectoryEntries.MEMBER);
            assertThat(entryId).isEqualTo(kind + keyValue);
            assertThat(properties.path(key).path("description").asText()).as("the key as the schema spells it")
                    .contains(kind + "<" + key + ">");
        }
    }

    @Test
    void aStationAndAUnitThatShareACodeAreTwoDirectoryEntries() {
        DirectoryUnitChanged unit = new DirectoryUnitChanged("KAMEZ", "Njësia për Mbrojtjen e Fëmijëve, Bashkia Kamëz",
                "Kamëz", null, true, DIRECTORY_EDITED);
        DirectoryStationChanged station = new DirectoryStationChanged("KAMEZ", "Komisariati i Policisë Kamëz", "Kamëz",
                true, DIRECTORY_EDITED);
        assertThat(unit.entryId()).isEqualTo("unit:KAMEZ").isNotEqualTo(station.entryId());
        assertThat(((DirectoryMemberChanged) sample(EventType.DIRECTORY_MEMBER_CHANGED)).entryId())
                .isEqualTo("member:cpu.kamez.worker1");
    }

    @Test
    void everyEventTypeHasASchemaFileAndEverySchemaFileAnEventTypeOrTheFeedEntry() throws IOException, URISyntaxException {
        URL dir = SchemaFilesTests.class.getResource("/schemas");
        assertThat(dir).isNotNull();
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of(dir.toURI()))) {
            files = list.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> expected = Arrays.stream(EventType.values())
                .map(t -> t.schemaResource().substring("/schemas/".length()))
                .collect(Collectors.toCollection(TreeSet::new));
        expected.add(FEED_ENTRY_SCHEMA.substring("/schemas/".length()));
        assertThat(files).as("one schema per event type, and the feed entry's").isEqualTo(expected);
        assertThat(Arrays.stream(EventType.values()).map(EventType::ceType).distinct()).hasSize(EventType.values().length);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void everySchemaIsAValidDraft202012SchemaClosedAtEveryLevel(EventType type) throws IOException {
        JsonNode schema = schemaFile(type);
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("$id").asText()).endsWith(type.ceType());

        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertThat(metaSchema.validate(schema)).isEmpty();

        List<String> objects = objectSchemas(schema);
        assertThat(objects).isNotEmpty();
        for (String pointer : objects) {
            JsonNode node = schema.at(pointer.substring(1));
            assertThat(node.path("additionalProperties").isBoolean() && !node.get("additionalProperties").asBoolean())
                    .as("additionalProperties: false at %s of %s", pointer, type).isTrue();
        }
    }

    /** The schema describes exactly what Jackson writes for the record: names, JSON types, formats, enums, nulls. */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void everySchemaMirrorsItsRecord(EventType type) throws IOException {
        JsonNode schema = schemaFile(type);
        assertMirrors(schema, schema, type.payload());
    }

    private static void assertMirrors(JsonNode root, JsonNode objectSchema, Class<?> record) {
        assertThat(objectSchema.path("type").asText()).isEqualTo("object");
        List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        List<String> properties = new ArrayList<>();
        objectSchema.path("properties").fieldNames().forEachRemaining(properties::add);
        assertThat(properties).as("properties of %s", record.getSimpleName()).isEqualTo(components);

        Set<String> required = new HashSet<>();
        objectSchema.path("required").forEach(n -> required.add(n.asText()));
        Set<String> expectedRequired = components.stream()
                .filter(c -> !NULLABLE.contains(record.getSimpleName() + "." + c))
                .collect(Collectors.toSet());
        assertThat(required).as("required of %s", record.getSimpleName()).isEqualTo(expectedRequired);

        for (RecordComponent c : record.getRecordComponents()) {
            String where = record.getSimpleName() + "." + c.getName();
            JsonNode declared = objectSchema.path("properties").path(c.getName());
            boolean nullableReference = isNullableReference(declared);
            JsonNode property = resolve(root, nullableReference ? declared.path("anyOf").get(0) : declared);
            boolean nullable = NULLABLE.contains(where);
            Set<String> types = new HashSet<>();
            if (property.path("type").isArray()) {
                property.path("type").forEach(t -> types.add(t.asText()));
            } else {
                types.add(property.path("type").asText());
            }
            if (nullableReference) {
                types.add("null");
            }
            assertThat(types.contains("null")).as("%s nullable", where).isEqualTo(nullable);
            types.remove("null");
            Class<?> javaType = c.getType();
            String format = property.path("format").asText(null);
            if (javaType == UUID.class) {
                assertThat(types).as(where).containsExactly("string");
                assertThat(format).as(where).isEqualTo("uuid");
            } else if (javaType == Instant.class) {
                assertThat(types).as(where).containsExactly("string");
                assertThat(format).as(where).isEqualTo("date-time");
            } else if (javaType == LocalDate.class) {
                assertThat(types).as(where).containsExactly("string");
                assertThat(format).as(where).isEqualTo("date");
            } else if (javaType == String.class) {
                assertThat(types).as(where).containsExactly("string");
                assertThat(format).as(where).isNull();
            } else if (javaType == boolean.class || javaType == Boolean.class) {
                assertThat(types).as(where).containsExactly("boolean");
            } else if (javaType == int.class || javaType == Integer.class || javaType == long.class
                    || javaType == Long.class) {
                assertThat(types).as(where).containsExactly("integer");
            } else if (javaType.isEnum()) {
                assertThat(types).as(where).containsExactly("string");
                assertEnumMirrors(where, property, javaType);
            } else if (listElementType(c) instanceof Class<?> element && element.isEnum()) {
                // a set of values: at least one, each at most once, each a non-null enum constant
                assertThat(types).as(where).containsExactly("array");
                assertThat(property.path("minItems").asInt(-1)).as("minItems of %s", where).isEqualTo(1);
                assertThat(property.path("uniqueItems").asBoolean(false)).as("uniqueItems of %s", where).isTrue();
                JsonNode items = resolve(root, property.path("items"));
                assertThat(items.isMissingNode()).as("items of %s", where).isFalse();
                assertThat(items.path("type").isTextual()).as("items of %s not nullable", where).isTrue();
                assertThat(items.path("type").asText()).as("items of %s", where).isEqualTo("string");
                assertEnumMirrors(where + "[]", items, element);
            } else if (javaType.isRecord()) {
                assertMirrors(root, property, javaType);
            } else {
                Type generic = c.getGenericType();
                throw new AssertionError(where + ": no JSON mapping known for " + (generic instanceof ParameterizedType
                        ? generic.getTypeName() : javaType.getName()) + "; extend this test and the schema");
            }
        }
    }

    private static void assertEnumMirrors(String where, JsonNode schema, Class<?> enumType) {
        List<String> values = new ArrayList<>();
        schema.path("enum").forEach(v -> values.add(v.asText()));
        List<String> constants = Arrays.stream(enumType.getEnumConstants()).map(e -> ((Enum<?>) e).name()).toList();
        assertThat(values).as("enum of %s", where).isEqualTo(constants);
    }

    /**
     * A shared definition that may be null is written {@code anyOf: [{$ref: ...}, {type: null}]}: a {@code $ref}
     * beside {@code type: [..., null]} would still reject null, since both apply.
     */
    private static boolean isNullableReference(JsonNode property) {
        JsonNode anyOf = property.path("anyOf");
        if (anyOf.isMissingNode()) {
            return false;
        }
        assertThat(anyOf.size()).as("anyOf of %s", property).isEqualTo(2);
        assertThat(anyOf.get(0).has("$ref") && anyOf.get(0).size() == 1).as("first of anyOf is a $ref: %s", property)
                .isTrue();
        assertThat(anyOf.get(1)).as("second of anyOf is null: %s", property)
                .isEqualTo(JSON.createObjectNode().put("type", "null"));
        assertThat(property.has("type")).as("no type beside anyOf: %s", property).isFalse();
        return true;
    }

    /** Follows a local {@code $ref}, merging the referring node's own keywords (description) over the target. */
    private static JsonNode resolve(JsonNode root, JsonNode node) {
        if (!node.has("$ref")) {
            return node;
        }
        String ref = node.get("$ref").asText();
        assertThat(ref).startsWith("#/");
        JsonNode target = root.at(ref.substring(1));
        assertThat(target.isMissingNode()).as("target of %s", ref).isFalse();
        ObjectNode merged = ((ObjectNode) resolve(root, target)).deepCopy();
        node.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$ref")) {
                merged.set(e.getKey(), e.getValue());
            }
        });
        return merged;
    }

    /** Shared definitions are copied per schema (self-contained files); the copies must not drift apart. */
    @Test
    void sharedDefinitionsAreIdenticalInEverySchema() throws IOException {
        Map<String, JsonNode> first = new LinkedHashMap<>();
        Map<String, EventType> firstIn = new LinkedHashMap<>();
        for (EventType type : EventType.values()) {
            JsonNode defs = schemaFile(type).path("$defs");
            for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> def = it.next();
                JsonNode earlier = first.putIfAbsent(def.getKey(), def.getValue());
                firstIn.putIfAbsent(def.getKey(), type);
                if (earlier != null) {
                    assertThat(def.getValue()).as("$defs/%s in %s and %s", def.getKey(), type,
                            firstIn.get(def.getKey())).isEqualTo(earlier);
                }
            }
        }
        assertThat(first).containsKeys("ChildSummary", "Sex", "Situation", "RiskLevel", "Priority",
                "EscalationLevel");
    }
}
