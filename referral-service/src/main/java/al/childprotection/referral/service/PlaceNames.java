package al.childprotection.referral.service;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Place names as people type them: with or without Albanian letters (ë, ç), in any case, with punctuation.
 * The directory stores its aliases in this normalized form.
 */
public final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> UNIT_WORDS = Set.of("njesia", "administrative", "administrativ", "nr", "no",
            "numer", "bashkia", "tirane", "tirana");

    private PlaceNames() {
    }

    /** "Tiranë" -> "tirane", "Fushë-Arrëz" -> "fushe arrez", "  KORÇA " -> "korca". */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String withoutMarks = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return NOT_ALPHANUMERIC.matcher(withoutMarks.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** "Njësia Administrative Nr. 5" -> "5", "NjA Kashar" -> "kashar": what is left after the generic words. */
    public static String administrativeUnitKey(String unit) {
        StringBuilder key = new StringBuilder();
        for (String word : normalize(unit).split(" ")) {
            if (!word.isEmpty() && !UNIT_WORDS.contains(word) && !word.equals("nja") && !word.equals("nj")) {
                key.append(key.isEmpty() ? "" : " ").append(word);
            }
        }
        return key.toString();
    }
}
