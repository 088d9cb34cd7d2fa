package al.childprotection.contracts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Albania's 61 municipalities, the names every event uses. A name is found with or without its Albanian letters
 * (ë, ç) and in the definite form people type (Tiranë / Tirana, Durrës / Durrësi).
 */
public final class Municipalities {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Map<String, String> BY_ALIAS = load();

    private Municipalities() {
    }

    /** The canonical name ("Tiranë") of what was typed ("tirana", "TIRANE"), if it is a municipality. */
    public static Optional<String> canonical(String typed) {
        return Optional.ofNullable(BY_ALIAS.get(normalize(typed)));
    }

    /** "Tiranë" -> "tirane", "Fushë-Arrëz" -> "fushe arrez", "  KORÇË " -> "korce". */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String withoutMarks = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static Map<String, String> load() {
        Map<String, String> byAlias = new HashMap<>();
        try (InputStream in = Municipalities.class.getResourceAsStream("/reference/municipalities.tsv");
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                byAlias.put(normalize(columns[0]), columns[0]);
                for (String alias : columns[2].split(",")) {
                    byAlias.put(normalize(alias), columns[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the municipalities", e);
        }
        return Collections.unmodifiableMap(byAlias);
    }
}
