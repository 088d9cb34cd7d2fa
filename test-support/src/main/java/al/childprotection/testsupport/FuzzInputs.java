package al.childprotection.testsupport;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

/**
 * What a fuzz test throws at an API, from jqwik's generators: bodies that are not JSON, valid bodies with one
 * field given a value of another type or removed, strings nobody types but somebody sends (injection attempts,
 * control characters, odd Unicode), and oversized bodies. Drawn from a seed that the test prints, so that a
 * failure can be replayed with {@code -Dfuzz.seed=...}.
 */
public final class FuzzInputs {

    /** Strings that have broken systems before: injections, control characters, odd Unicode. */
    public static final List<String> NASTY_STRINGS = List.of(
            "'; drop table intake; --", "\" or 1=1 --", "Robert'); DELETE FROM referral;--",
            "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1:1389/a}", "{{7*7}}", "#{7*7}",
            "../../../../etc/passwd", "%00", "%s%s%s%n", "\u0000", "nul\u0000inside", "\u0007\u0008\u001b[31m",
            "\uFEFF", "\u200B\u200C\u200D", "\u202Eevil\u202C", "e\u0301\u0301\u0301", "Z\u0351\u0363\u0364a\u0368l",
            "\uD83D\uDC67\uD83C\uDFFD\u200D\uD83D\uDC66", "\uD83D", "\uDC00", "\t\r\n", " ", "",
            "Ç".repeat(3000), "\uD835\uDD7F\uD835\uDD8E\uD835\uDD97", "\uFDFA", "null", "true", "0", "-1",
            "1e309", "NaN", "2026-02-30", "9999-12-31T23:59:59Z", "-0001-01-01", "\\u0000", "\\", "\"");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final long seed;

    private FuzzInputs(long seed) {
        this.seed = seed;
    }

    /** Inputs from {@code -Dfuzz.seed} when given, else from a fresh seed. */
    public static FuzzInputs seeded() {
        return new FuzzInputs(Long.getLong("fuzz.seed", new Random().nextLong()));
    }

    public long seed() {
        return seed;
    }

    /** How many inputs of each kind a test tries: {@code -Dfuzz.tries} (default {@code fallback}). */
    public static int tries(int fallback) {
        return Integer.getInteger("fuzz.tries", fallback);
    }

    /** {@code count} values, drawn in a jqwik session (generators need one outside a property) from the seed. */
    public <T> List<T> sample(Arbitrary<T> arbitrary, int count) {
        JqwikSession.start(Long.toString(seed));
        try {
            Random random = JqwikSession.getRandom().orElseThrow();
            RandomGenerator<T> generator = arbitrary.generator(1000);
            List<T> values = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                values.add(generator.next(random).value());
            }
            return values;
        } finally {
            JqwikSession.finish();
        }
    }

    public static Arbitrary<String> oddStrings() {
        return Arbitraries.oneOf(
                Arbitraries.of(NASTY_STRINGS),
                Arbitraries.strings().all().ofMaxLength(300),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(10),
                Arbitraries.strings().withCharRange('\u0300', '\u036f').ofMinLength(1).ofMaxLength(50));
    }

    /** Any JSON value: null, booleans, numbers small and absurd, odd strings, arrays and objects. */
    public static Arbitrary<JsonNode> anyJsonValue() {
        Arbitrary<JsonNode> scalars = Arbitraries.oneOf(
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.integers().map(NODES::numberNode),
                Arbitraries.longs().map(NODES::numberNode),
                Arbitraries.doubles().map(NODES::numberNode),
                Arbitraries.bigIntegers().between(java.math.BigInteger.TEN.pow(30).negate(),
                        java.math.BigInteger.TEN.pow(30)).map(NODES::numberNode),
                oddStrings().map(NODES::textNode));
        return Arbitraries.oneOf(scalars,
                scalars.list().ofMaxSize(5).map(values -> {
                    ArrayNode array = NODES.arrayNode();
                    values.forEach(array::add);
                    return array;
                }),
                Arbitraries.maps(oddStrings(), scalars).ofMaxSize(3).map(fields -> {
                    ObjectNode object = NODES.objectNode();
                    fields.forEach(object::set);
                    return object;
                }));
    }

    /** A valid body with one field (at any depth) replaced by any JSON value, removed, or joined by a stranger. */
    public static Arbitrary<String> withOneFieldChanged(String validJson) {
        JsonNode valid = read(validJson);
        List<List<Object>> paths = new ArrayList<>();
        collectPaths(valid, new ArrayList<>(), paths);
        Arbitrary<String> replaced = Arbitraries.of(paths).flatMap(path -> anyJsonValue()
                .map(value -> write(replace(valid.deepCopy(), path, value))));
        Arbitrary<String> removed = Arbitraries.of(paths).map(path -> write(replace(valid.deepCopy(), path, null)));
        Arbitrary<String> added = Arbitraries.of(paths).flatMap(path -> oddStrings().flatMap(name -> anyJsonValue()
                .map(value -> write(addField(valid.deepCopy(), path, name, value)))));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, replaced), net.jqwik.api.Tuple.of(2, removed), net.jqwik.api.Tuple.of(1, added));
    }

    /** A valid body with every text field replaced by odd strings. */
    public static Arbitrary<String> withOddTexts(String validJson) {
        JsonNode valid = read(validJson);
        List<List<Object>> texts = new ArrayList<>();
        collectPaths(valid, new ArrayList<>(), texts);
        texts.removeIf(path -> !at(valid, path).isTextual());
        return oddStrings().list().ofSize(texts.size()).map(values -> {
            JsonNode copy = valid.deepCopy();
            for (int i = 0; i < texts.size(); i++) {
                replace(copy, texts.get(i), NODES.textNode(values.get(i)));
            }
            return write(copy);
        });
    }

    /** Bodies that are not the JSON they claim to be: noise, truncations, a valid body broken in one place. */
    public static Arbitrary<String> malformed(String validJson) {
        String compact = write(read(validJson));
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(500),
                Arbitraries.of("", "{", "}", "[]", "null", "\"text\"", "42", "{\"a\":}", "{'single': 'quotes'}",
                        "{\"child\": {\"givenName\": \"A\"", "\uFEFF{}", "{} {}", "[{}, ]", "{\"a\": NaN}"),
                Arbitraries.integers().between(1, compact.length() - 1).map(cut -> compact.substring(0, cut)),
                Arbitraries.integers().between(0, compact.length() - 1).flatMap(at -> Arbitraries.of('{', '}', '"',
                        ',', ':', '[', '\\', '\u0000').map(c -> compact.substring(0, at) + c + compact.substring(at))));
    }

    /** True when the text is one whole JSON document (a mutation of a valid body can still be one). */
    public static boolean isJson(String text) {
        try {
            JSON.reader().with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readTree(text);
            return text != null && !text.isBlank();
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** A body of {@code bytes} bytes that is valid JSON up to its size: a long text field. */
    public static String oversized(String validJson, int bytes) {
        ObjectNode copy = (ObjectNode) read(validJson);
        copy.put("padding", "x".repeat(bytes));
        return write(copy);
    }

    private static void collectPaths(JsonNode node, List<Object> path, List<List<Object>> paths) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                List<Object> child = new ArrayList<>(path);
                child.add(field.getKey());
                paths.add(child);
                collectPaths(field.getValue(), child, paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> child = new ArrayList<>(path);
                child.add(i);
                paths.add(child);
                collectPaths(node.get(i), child, paths);
            }
        }
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode node = root;
        for (Object step : path) {
            node = step instanceof String name ? node.get(name) : node.get((Integer) step);
        }
        return node;
    }

    /** Replaces the node at {@code path} by {@code value}; a null value removes it. */
    private static JsonNode replace(JsonNode root, List<Object> path, JsonNode value) {
        JsonNode parent = at(root, path.subList(0, path.size() - 1));
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove((String) last);
            } else {
                object.set((String) last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            if (value == null) {
                array.remove((Integer) last);
            } else {
                array.set((Integer) last, value);
            }
        }
        return root;
    }

    private static JsonNode addField(JsonNode root, List<Object> path, String name, JsonNode value) {
        JsonNode parent = at(root, path.subList(0, path.size() - 1));
        if (parent instanceof ObjectNode object) {
            object.set(name, value);
        } else if (root instanceof ObjectNode object) {
            object.set(name, value);
        }
        return root;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the valid body is not JSON", e);
        }
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
