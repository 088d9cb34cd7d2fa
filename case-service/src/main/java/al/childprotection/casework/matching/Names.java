package al.childprotection.casework.matching;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How the matcher reads a name. {@link #plain} is what a name says without case, extra spaces or Albanian letters
 * ("Elirë  ÇELA" and "elire cela"); {@link #sounding} also folds the common transliterations of Albanian sounds
 * ("Xhesika Chela", "Jesika Cela"), which decide nothing alone: they only make a match probable.
 */
public final class Names {

    /** Albanian sound, as people type it in other alphabets, and the one spelling the matcher keeps. */
    private static final String[][] TRANSLITERATIONS = {
            { "tch", "c" }, { "ch", "c" }, { "tsh", "c" }, { "xh", "j" }, { "dzh", "j" }, { "dj", "j" },
            { "zh", "j" }, { "gj", "j" }, { "sh", "s" }, { "th", "t" }, { "dh", "d" },
            { "ph", "f" }, { "nj", "n" }, { "ll", "l" }, { "rr", "r" }, { "ss", "s" }, { "q", "c" },
            { "ky", "c" }, { "w", "v" }, { "y", "i" } };

    private Names() {
    }

    /** Lower case, no diacritics (ë→e, ç→c), hyphens and runs of spaces as one space; null stays null. */
    public static String plain(String name) {
        if (name == null) {
            return null;
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return folded.isEmpty() ? null : folded;
    }

    /** The plain name with the transliterations folded to one spelling. */
    public static String sounding(String name) {
        String plain = plain(name);
        if (plain == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String word : plain.split(" ")) {
            String folded = word;
            for (String[] rule : TRANSLITERATIONS) {
                folded = folded.replace(rule[0], rule[1]);
            }
            out.append(out.isEmpty() ? "" : " ").append(folded);
        }
        return out.toString();
    }

    /** Jaro-Winkler similarity of two names as they sound, 0 (nothing alike) to 1 (the same). */
    public static double similarity(String a, String b) {
        String x = sounding(a);
        String y = sounding(b);
        if (x == null || y == null) {
            return 0;
        }
        return jaroWinkler(x, y);
    }

    static double jaroWinkler(String s, String t) {
        if (s.equals(t)) {
            return 1;
        }
        int window = Math.max(0, Math.max(s.length(), t.length()) / 2 - 1);
        boolean[] sMatched = new boolean[s.length()];
        boolean[] tMatched = new boolean[t.length()];
        int matches = 0;
        for (int i = 0; i < s.length(); i++) {
            for (int j = Math.max(0, i - window); j < Math.min(t.length(), i + window + 1); j++) {
                if (!tMatched[j] && s.charAt(i) == t.charAt(j)) {
                    sMatched[i] = true;
                    tMatched[j] = true;
                    matches++;
                    break;
                }
            }
        }
        if (matches == 0) {
            return 0;
        }
        int transpositions = 0;
        for (int i = 0, j = 0; i < s.length(); i++) {
            if (sMatched[i]) {
                while (!tMatched[j]) {
                    j++;
                }
                if (s.charAt(i) != t.charAt(j)) {
                    transpositions++;
                }
                j++;
            }
        }
        double m = matches;
        double jaro = (m / s.length() + m / t.length() + (m - transpositions / 2.0) / m) / 3;
        int prefix = 0;
        while (prefix < Math.min(4, Math.min(s.length(), t.length())) && s.charAt(prefix) == t.charAt(prefix)) {
            prefix++;
        }
        return jaro + prefix * 0.1 * (1 - jaro);
    }
}
