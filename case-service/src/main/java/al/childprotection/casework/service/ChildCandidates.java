package al.childprotection.casework.service;

import java.util.Comparator;
import java.util.List;

import al.childprotection.casework.domain.Child;
import al.childprotection.casework.matching.ChildMatcher;
import al.childprotection.casework.matching.ChildMatcher.Certainty;

/**
 * The records that could be a child, the surest first (the oldest first among equals), split by whose they are: a
 * record of the child's own municipality may be the same record or merged into it; another municipality's record is
 * never more than a notice (decision 10).
 */
final class ChildCandidates {

    /** A proposal names the few likeliest records, not every child of that age. */
    static final int MAX_PROPOSALS = 3;

    record Scored(Child child, ChildMatcher.Verdict verdict) {
        boolean sure() {
            return verdict.certainty() == Certainty.SURE;
        }
    }

    private ChildCandidates() {
    }

    /** Candidates of the child's own municipality that the matcher finds at least probable. */
    static List<Scored> ownMunicipality(Child child, List<Child> found) {
        return ranked(child, found.stream().filter(other -> sameMunicipality(child, other)).toList());
    }

    /** Candidates of every other municipality that the matcher finds at least probable, the likeliest few. */
    static List<Scored> otherMunicipalities(Child child, List<Child> found) {
        return ranked(child, found.stream().filter(other -> !sameMunicipality(child, other)).toList()).stream()
                .limit(MAX_PROPOSALS).toList();
    }

    private static boolean sameMunicipality(Child child, Child other) {
        return child.municipality != null && child.municipality.equalsIgnoreCase(other.municipality);
    }

    private static List<Scored> ranked(Child child, List<Child> found) {
        return found.stream()
                .map(other -> new Scored(other, ChildMatcher.compare(child.particulars(), other.particulars())))
                .filter(s -> s.verdict().certainty() != Certainty.NONE)
                .sorted(Comparator.comparing((Scored s) -> s.verdict().certainty())
                        .thenComparing(s -> s.child().createdAt))
                .toList();
    }
}
