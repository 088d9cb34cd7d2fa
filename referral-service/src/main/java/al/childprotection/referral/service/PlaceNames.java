package al.childprotection.referral.service;

import java.util.Set;

import al.childprotection.contracts.Municipalities;

/**
 * Place names as people type them: with or without Albanian letters (ë, ç), in any case, with punctuation.
 * The directory stores its aliases in this normalized form.
 */
public final class PlaceNames {

    private static final Set<String> UNIT_WORDS = Set.of("njesia", "administrative", "administrativ", "nr", "no",
            "numer", "bashkia", "tirane", "tirana");

    private PlaceNames() {
    }

    /** "Tiranë" -> "tirane", "Fushë-Arrëz" -> "fushe arrez": the one normalization of the contracts. */
    public static String normalize(String name) {
        return Municipalities.normalize(name);
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
