package al.childprotection.casework.matching;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Is this the same child? A personal number on both sides decides, either way. Without one: the sex must agree,
 * the dates of birth must be the same (or within a year when either is estimated), and the parents' names, where
 * both sides know them, must not differ. Then the names decide how sure the match is:
 * <ul>
 * <li>SURE: the exact same date of birth, and the same names once case, spaces and Albanian letters are set aside
 * (or names that sound the same, with a parent's name agreeing);</li>
 * <li>PROBABLE: names that sound the same or are near (a typing slip), or the same names with an estimated date of
 * birth: a worker confirms or rejects it;</li>
 * <li>NONE: anything less. Two children are never merged on a guess.</li>
 * </ul>
 */
public final class ChildMatcher {

    public enum Certainty {
        SURE, PROBABLE, NONE
    }

    /** The verdict and the reasons a worker reads before confirming or rejecting. */
    public record Verdict(Certainty certainty, List<String> reasons) {
        static Verdict none(String reason) {
            return new Verdict(Certainty.NONE, List.of(reason));
        }
    }

    /** Two names this alike as they sound are a typing slip, not two children (e.g. "Ardita" / "Ardit"). */
    static final double NEAR_NAME = 0.93;

    private ChildMatcher() {
    }

    public static Verdict compare(Particulars a, Particulars b) {
        String numberA = normalisedNumber(a.personalNumber());
        String numberB = normalisedNumber(b.personalNumber());
        if (numberA != null && numberB != null) {
            return numberA.equals(numberB)
                    ? new Verdict(Certainty.SURE, List.of("same personal number"))
                    : Verdict.none("different personal numbers");
        }
        if (a.sex() != null && b.sex() != null && a.sex() != b.sex()) {
            return Verdict.none("different sex");
        }
        List<String> reasons = new ArrayList<>();
        Dates dates = dates(a, b);
        if (dates == Dates.APART) {
            return Verdict.none("dates of birth too far apart");
        }
        reasons.add(dates == Dates.SAME ? "same date of birth" : "date of birth within a year (estimated)");
        Parents parents = parents(a, b);
        if (parents == Parents.DIFFERENT) {
            return Verdict.none("different parents' names");
        }
        if (parents == Parents.SAME) {
            reasons.add("same parents' names");
        }
        Likeness names = names(a, b);
        if (names == Likeness.UNLIKE) {
            return Verdict.none("different names");
        }
        reasons.add(0, switch (names) {
            case SAME -> "same names";
            case SOUND_ALIKE -> "names that sound the same";
            default -> "near names";
        });
        boolean sure = dates == Dates.SAME && (names == Likeness.SAME
                || names == Likeness.SOUND_ALIKE && parents == Parents.SAME);
        return new Verdict(sure ? Certainty.SURE : Certainty.PROBABLE, List.copyOf(reasons));
    }

    private enum Dates {
        SAME, WITHIN_A_YEAR, APART
    }

    private enum Parents {
        SAME, UNKNOWN, DIFFERENT
    }

    private enum Likeness {
        SAME, SOUND_ALIKE, NEAR, UNLIKE
    }

    private static Dates dates(Particulars a, Particulars b) {
        LocalDate x = a.dateOfBirth();
        LocalDate y = b.dateOfBirth();
        if (x == null || y == null) {
            return Dates.APART;
        }
        if (x.equals(y) && !a.dateOfBirthEstimated() && !b.dateOfBirthEstimated()) {
            return Dates.SAME;
        }
        boolean estimated = a.dateOfBirthEstimated() || b.dateOfBirthEstimated();
        return estimated && Math.abs(ChronoUnit.DAYS.between(x, y)) <= 366 ? Dates.WITHIN_A_YEAR : Dates.APART;
    }

    /** Each parent known on both sides must sound the same; one agreeing parent and no disagreeing one is SAME. */
    private static Parents parents(Particulars a, Particulars b) {
        Parents mother = parent(a.motherName(), b.motherName());
        Parents father = parent(a.fatherName(), b.fatherName());
        if (mother == Parents.DIFFERENT || father == Parents.DIFFERENT) {
            return Parents.DIFFERENT;
        }
        return mother == Parents.SAME || father == Parents.SAME ? Parents.SAME : Parents.UNKNOWN;
    }

    private static Parents parent(String x, String y) {
        if (Names.plain(x) == null
                || Names.plain(y) == null) {
            return Parents.UNKNOWN;
        }
        return Names.similarity(x, y) >= NEAR_NAME ? Parents.SAME
                : Parents.DIFFERENT;
    }

    private static Likeness names(Particulars a, Particulars b) {
        String plainA = full(Names.plain(a.givenName()),
                Names.plain(a.familyName()));
        String plainB = full(Names.plain(b.givenName()),
                Names.plain(b.familyName()));
        if (plainA.equals(plainB)) {
            return Likeness.SAME;
        }
        String soundA = full(Names.sounding(a.givenName()),
                Names.sounding(a.familyName()));
        String soundB = full(Names.sounding(b.givenName()),
                Names.sounding(b.familyName()));
        if (soundA.equals(soundB)) {
            return Likeness.SOUND_ALIKE;
        }
        double given = Names.similarity(a.givenName(), b.givenName());
        double family = Names.similarity(a.familyName(), b.familyName());
        return given >= NEAR_NAME && family >= NEAR_NAME ? Likeness.NEAR : Likeness.UNLIKE;
    }

    private static String full(String given, String family) {
        return (given == null ? "" : given) + "|" + (family == null ? "" : family);
    }

    private static String normalisedNumber(String number) {
        if (number == null) {
            return null;
        }
        String n = number.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        return n.isEmpty() ? null : n;
    }
}
