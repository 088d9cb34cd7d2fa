package al.childprotection.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** The contract's files as the tests read them: the JSON Schemas and the AsyncAPI document on the classpath. */
final class ContractFiles {

    static final ObjectMapper JSON = new ObjectMapper();
    /** The ministry feed's entry, pushed to a subscriber's endpoint and read from GET /feed. */
    static final String FEED_ENTRY_SCHEMA = "/schemas/feed-entry.v1.json";

    private ContractFiles() {
    }

    static JsonNode schemaFile(EventType type) throws IOException {
        return resource(type.schemaResource());
    }

    /** A JSON file on the classpath, e.g. {@code /schemas/feed-entry.v1.json}. */
    static JsonNode resource(String name) throws IOException {
        try (InputStream in = ContractFiles.class.getResourceAsStream(name)) {
            assertThat(in).as("%s on the classpath", name).isNotNull();
            return JSON.readTree(in);
        }
    }

    static List<String> violations(EventType type, JsonNode payload) {
        return EventSchemas.violations(type.ceType(), payload.toString());
    }

    /**
     * The violations less the one that a nullable reference ({@code anyOf: [definition, null]}) adds for a value that
     * is not null ("object found, null expected"): the definition's own violation is the one that says what is wrong.
     */
    static List<String> violationsBesidesNull(EventType type, JsonNode payload) {
        return violations(type, payload).stream().filter(v -> !v.endsWith(" found, null expected")).toList();
    }

    static String asyncApiText() throws IOException {
        try (InputStream in = ContractFiles.class.getResourceAsStream("/asyncapi.yaml")) {
            assertThat(in).as("asyncapi.yaml on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static JsonNode asyncApi() throws IOException {
        return new YAMLMapper().readTree(asyncApiText());
    }

    /** Every {@code $ref} under a node, in document order. */
    static List<String> refs(JsonNode node) {
        List<String> refs = new ArrayList<>();
        collectRefs(node, refs);
        return refs;
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }

    /** The JSON pointers ({@code #/...}) of every object schema in a schema: where {@code additionalProperties} belongs. */
    static List<String> objectSchemas(JsonNode schema) {
        List<String> found = new ArrayList<>();
        collectObjectSchemas(schema, "#", found);
        return found;
    }

    private static void collectObjectSchemas(JsonNode node, String pointer, List<String> found) {
        if (node.isObject()) {
            if (node.has("properties") || "object".equals(node.path("type").asText())) {
                found.add(pointer);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                collectObjectSchemas(e.getValue(), pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"),
                        found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectObjectSchemas(node.get(i), pointer + "/" + i, found);
            }
        }
    }
}
