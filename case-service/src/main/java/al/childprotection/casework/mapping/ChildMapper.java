package al.childprotection.casework.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import al.childprotection.casework.domain.Child;
import al.childprotection.casework.domain.ChildMatch;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.matching.ChildMatcher;
import al.childprotection.casework.rest.ChildMatchView;
import al.childprotection.casework.rest.ChildView;
import al.childprotection.contracts.ChildSummary;

public final class ChildMapper {

    /** A child with the cases it has or had. */
    public record ChildFile(Child child, List<ProtectionCase> cases) {
    }

    /** A proposal with its two records. */
    public record MatchFile(ChildMatch match, Child child, Child candidate) {
    }

    private ChildMapper() {
    }

    public static Child toChild(ChildSummary summary, Instant now) {
        return CaseMapper.toChild(summary, now);
    }

    public static ChildMatch toMatch(Child child, Child candidate, String municipality, ChildMatcher.Verdict verdict) {
        ChildMatch match = new ChildMatch();
        match.id = UUID.randomUUID();
        match.childId = child.id;
        match.candidateId = candidate.id;
        match.municipality = municipality;
        match.certainty = verdict.certainty();
        match.reasons = String.join("; ", verdict.reasons());
        match.status = ChildMatch.Status.PROPOSED;
        match.proposedAt = Instant.now();
        return match;
    }

    /** "j3040 2123a" and "J30402123A" are one personal number. */
    public static String personalNumber(String typed) {
        String n = typed == null ? "" : typed.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
        return n.isEmpty() ? null : n;
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static ChildView toView(ChildFile file) {
        Child c = file.child();
        return new ChildView(c.id, c.givenName, c.familyName, c.dateOfBirth, c.estimatedAge, c.sex, c.personalNumber,
                c.motherName, c.fatherName, c.mergedInto,
                file.cases().stream().map(k -> new ChildView.CaseRef(k.id, k.cpuCode, k.municipality, k.status))
                        .toList());
    }

    public static ChildMatchView toView(MatchFile file) {
        ChildMatch m = file.match();
        return new ChildMatchView(m.id, m.status, m.certainty, List.of(m.reasons.split("; ")), m.municipality,
                m.proposedAt, m.decidedBy, m.decidedAt, side(file.child()), side(file.candidate()));
    }

    private static ChildMatchView.Record side(Child c) {
        return new ChildMatchView.Record(c.id, c.givenName, c.familyName, c.dateOfBirth, c.estimatedAge, c.sex,
                c.motherName, c.fatherName, c.createdAt);
    }
}
