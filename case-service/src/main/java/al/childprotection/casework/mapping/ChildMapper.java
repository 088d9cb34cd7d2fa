package al.childprotection.casework.mapping;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

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

    /** A match with its two records and the CPU of each (that of the record's latest case). */
    public record MatchFile(ChildMatch match, Child child, Child candidate, String childCpu, String candidateCpu) {

        /** The records a municipality may read: both within it, only its own side across municipalities. */
        public List<Child> ownRecords(String municipality) {
            return Stream.of(child, candidate).filter(c -> c.municipality.equalsIgnoreCase(municipality)).toList();
        }
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

    /** The ids whose cases {@link #audited(Child, Collection, String)} needs. */
    public static List<UUID> owners(Collection<Child> children) {
        return children.stream().map(c -> c.mergedInto != null ? c.mergedInto : c.id).distinct().toList();
    }

    /** A new record of the child, kept by the municipality whose CPU it reached. */
    public static Child toChild(ChildSummary summary, String municipality, Instant now) {
        Child child = CaseMapper.toChild(summary, now);
        child.municipality = municipality;
        return child;
    }

    /** A proposal that the newer record {@code child} is {@code candidate}: within one municipality or across two. */
    public static ChildMatch toMatch(Child child, Child candidate, ChildMatcher.Verdict verdict) {
        ChildMatch match = new ChildMatch();
        match.id = UUID.randomUUID();
        match.childId = child.id;
        match.candidateId = candidate.id;
        match.municipality = child.municipality;
        match.candidateMunicipality = candidate.municipality;
        match.scope = child.municipality.equalsIgnoreCase(candidate.municipality)
                ? ChildMatch.Scope.WITHIN_MUNICIPALITY : ChildMatch.Scope.ACROSS_MUNICIPALITIES;
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

    /** The match and its records as the CPU cases of {@code cases} place them. */
    public static MatchFile fileOf(ChildMatch match, Child child, Child candidate, Collection<ProtectionCase> cases) {
        return new MatchFile(match, child, candidate, cpuOf(child, cases), cpuOf(candidate, cases));
    }

    private static String cpuOf(Child child, Collection<ProtectionCase> cases) {
        UUID owner = child.mergedInto != null ? child.mergedInto : child.id;
        return cases.stream().filter(c -> c.childId.equals(owner))
                .max(Comparator.comparing((ProtectionCase c) -> c.openedAt)).map(c -> c.cpuCode).orElse(null);
    }

    /**
     * The match as a reader in {@code municipality} sees it: within the municipality both records side by side;
     * across municipalities only the reader's own record and which CPU to contact, nothing of the other record.
     */
    public static ChildMatchView toView(MatchFile file, String municipality) {
        ChildMatch m = file.match();
        List<String> reasons = List.of(m.reasons.split("; "));
        if (!m.across()) {
            return new ChildMatchView(m.id, m.scope, m.status, m.certainty, reasons, m.municipality, m.proposedAt,
                    m.decidedBy, m.decidedAt, side(file.child()), side(file.candidate()), null, null);
        }
        boolean childSide = m.municipality.equalsIgnoreCase(municipality);
        Child own = childSide ? file.child() : file.candidate();
        ChildMatchView.OtherCpu other = childSide
                ? new ChildMatchView.OtherCpu(m.candidateMunicipality, file.candidateCpu(),
                        m.candidateSideConfirmedBy != null)
                : new ChildMatchView.OtherCpu(m.municipality, file.childCpu(), m.childSideConfirmedBy != null);
        return new ChildMatchView(m.id, m.scope, m.status, m.certainty, reasons, own.municipality, m.proposedAt,
                m.decidedBy, m.decidedAt, side(own), null, other,
                childSide ? m.childSideConfirmedBy : m.candidateSideConfirmedBy);
    }

    private static ChildMatchView.Record side(Child c) {
        return new ChildMatchView.Record(c.id, c.givenName, c.familyName, c.dateOfBirth, c.estimatedAge, c.sex,
                c.motherName, c.fatherName, c.createdAt);
    }
}
