package al.childprotection.casework.mapping;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
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
import al.childprotection.kit.audit.AuditedRecord;

public final class ChildMapper {

    /** A child with the cases it has or had. */
    public record ChildFile(Child child, List<ProtectionCase> cases) {
    }

    /** A proposal with its two records. */
    public record MatchFile(ChildMatch match, Child child, Child candidate) {
    }

    private ChildMapper() {
    }

    /**
     * The child as the audit trail names it for a reader or editor in {@code municipality}: found by the intake of
     * the child's latest case there (or that case's id), scoped to that municipality. {@code cases} may hold other
     * children's cases too; a merged record's cases are those of the record it was merged into.
     */
    public static AuditedRecord audited(Child child, Collection<ProtectionCase> cases, String municipality) {
        UUID owner = child.mergedInto != null ? child.mergedInto : child.id;
        return cases.stream()
                .filter(c -> c.childId.equals(owner) && c.municipality.equalsIgnoreCase(municipality))
                .max(Comparator.comparing((ProtectionCase c) -> c.openedAt))
                .map(c -> AuditedRecord.of("child", child.id, CaseMapper.trail(c), c.municipality))
                .orElseGet(() -> AuditedRecord.of("child", child.id, null, municipality));
    }

    /** A proposal shows two children's records: each is audited, in the municipality that decides the match. */
    public static List<AuditedRecord> audited(MatchFile file, Collection<ProtectionCase> cases) {
        return List.of(audited(file.child(), cases, file.match().municipality),
                audited(file.candidate(), cases, file.match().municipality));
    }

    /** The ids whose cases {@link #audited(MatchFile, Collection)} needs. */
    public static List<UUID> owners(Collection<Child> children) {
        return children.stream().map(c -> c.mergedInto != null ? c.mergedInto : c.id).distinct().toList();
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
