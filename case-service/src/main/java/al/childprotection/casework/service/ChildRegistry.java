package al.childprotection.casework.service;

import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.casework.domain.Child;
import al.childprotection.casework.domain.ChildMatch;
import al.childprotection.casework.mapping.ChildMapper;
import al.childprotection.casework.matching.ChildMatcher;
import al.childprotection.casework.matching.ChildMatcher.Certainty;
import al.childprotection.casework.repository.ChildMatchRepository;
import al.childprotection.casework.repository.ChildRepository;
import al.childprotection.casework.repository.ProtectionCaseRepository;
import al.childprotection.contracts.ChildSummary;
import al.childprotection.kit.audit.AuditTrail;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * One record per child across agencies. A sure match is the same record; a probable match is a new record and a
 * proposal that a worker confirms (merging the two, the proposal kept as the trail) or rejects; below that, two
 * records stay two children.
 */
@ApplicationScoped
public class ChildRegistry {

    private static final Logger LOG = Logger.getLogger(ChildRegistry.class);
    /** A proposal names the few likeliest records, not every child of that age. */
    private static final int MAX_PROPOSALS = 3;

    private final ChildRepository children;
    private final ChildMatchRepository matches;
    private final ProtectionCaseRepository cases;
    private final ChildMerger merger;
    private final AuditTrail audit;

    ChildRegistry(ChildRepository children, ChildMatchRepository matches, ProtectionCaseRepository cases,
            ChildMerger merger, AuditTrail audit) {
        this.children = children;
        this.matches = matches;
        this.cases = cases;
        this.merger = merger;
        this.audit = audit;
    }

    /** The record of a referred child, in the consuming transaction: a sure match's, or a new one. */
    public Uni<Child> childOf(ChildSummary summary, String municipality) {
        Child candidate = ChildMapper.toChild(summary, Instant.now());
        return children.candidatesFor(candidate.particulars(), candidate.id).chain(found -> {
            List<Scored> scored = score(candidate, found);
            if (!scored.isEmpty() && scored.get(0).verdict().certainty() == Certainty.SURE) {
                LOG.infof("referred child is known record %s (%s)", scored.get(0).child().id,
                        scored.get(0).verdict().reasons());
                return Uni.createFrom().item(scored.get(0).child());
            }
            return children.persist(candidate).call(stored -> propose(stored, scored, municipality));
        });
    }

    /**
     * A worker records what the referral could not tell (personal number, parents' names): then the matcher looks
     * again, and a sure match merges at once (the worker's edit is the decision, audited as the match's
     * confirmation), a probable one is proposed.
     */
    @WithTransaction
    public Uni<Child> updateParticulars(UUID id, Caller caller, String personalNumber, String motherName,
            String fatherName) {
        String municipality = caller.requireMunicipality();
        return visible(id, caller)
                .call(child -> audited("child.particulars-recorded", List.of(child), municipality))
                .chain(child -> {
                    child.personalNumber = ChildMapper.personalNumber(personalNumber);
                    child.motherName = ChildMapper.blankToNull(motherName);
                    child.fatherName = ChildMapper.blankToNull(fatherName);
                    return children.candidatesFor(child.particulars(), child.id).chain(found -> {
                        List<Scored> scored = score(child, found);
                        if (!scored.isEmpty() && scored.get(0).verdict().certainty() == Certainty.SURE) {
                            Child other = scored.get(0).child();
                            Child newer = other.createdAt.isAfter(child.createdAt) ? other : child;
                            Child older = newer == other ? child : other;
                            ChildMatch match = ChildMapper.toMatch(newer, older, municipality, scored.get(0).verdict());
                            return matches.persist(match)
                                    .call(() -> audited("child-match.confirmed", List.of(newer, older), municipality))
                                    .chain(() -> merger.merge(match, caller.username()))
                                    .replaceWith(older);
                        }
                        return propose(child, scored, municipality).replaceWith(child);
                    });
                });
    }

    /** A child its reader may see, with its cases, the reading audited. */
    @WithSession
    public Uni<ChildMapper.ChildFile> read(UUID id, Caller caller) {
        String municipality = caller.requireMunicipality();
        return find(id, caller).call(file -> audit.record("child.read",
                ChildMapper.audited(file.child(), file.cases(), municipality)));
    }

    /** A child its reader may see, with its cases: not audited, for showing a change that was. */
    @WithSession
    public Uni<ChildMapper.ChildFile> find(UUID id, Caller caller) {
        return visible(id, caller).chain(child -> cases.forChild(child.mergedInto != null ? child.mergedInto : id)
                .map(list -> new ChildMapper.ChildFile(child, list)));
    }

    /** The proposals of the municipality; each shows two children's records, and both are audited as read. */
    @WithSession
    public Uni<List<ChildMapper.MatchFile>> proposals(String municipality, ChildMatch.Status status, int limit) {
        return matchFiles(municipality, status, limit).call(files -> cases
                .forChildren(ChildMapper.owners(files.stream()
                        .flatMap(f -> Stream.of(f.child(), f.candidate())).toList()))
                .chain(known -> audit.record("child-match.listed",
                        files.stream().flatMap(f -> ChildMapper.audited(f, known).stream()).toList())));
    }

    private Uni<List<ChildMapper.MatchFile>> matchFiles(String municipality, ChildMatch.Status status, int limit) {
        return matches.inMunicipality(municipality, status, limit).chain(list -> {
            Uni<List<ChildMapper.MatchFile>> files = Uni.createFrom().item(new java.util.ArrayList<>());
            for (ChildMatch match : list) {
                files = files.chain(acc -> children.findById(match.childId)
                        .chain(child -> children.findById(match.candidateId)
                                .map(candidate -> {
                                    acc.add(new ChildMapper.MatchFile(match, child, candidate));
                                    return acc;
                                })));
            }
            return files;
        });
    }

    /** The worker confirms: the newer record is merged into the older one; the proposal is the trail. */
    @WithTransaction
    public Uni<ChildMapper.MatchFile> confirm(UUID matchId, Caller caller) {
        return waiting(matchId, caller)
                .call(match -> auditedDecision("child-match.confirmed", match))
                .call(match -> merger.merge(match, caller.username()))
                .chain(this::fileOf);
    }

    @WithTransaction
    public Uni<ChildMapper.MatchFile> reject(UUID matchId, Caller caller) {
        return waiting(matchId, caller)
                .call(match -> auditedDecision("child-match.rejected", match))
                .invoke(match -> {
            match.status = ChildMatch.Status.REJECTED;
            match.decidedBy = caller.username();
            match.decidedAt = Instant.now();
        }).chain(this::fileOf);
    }

    private Uni<ChildMatch> waiting(UUID matchId, Caller caller) {
        return matches.findById(matchId)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("child match " + matchId))
                .invoke(match -> caller.requireWorksIn(match.municipality, "child match " + matchId))
                .invoke(match -> {
                    if (match.status != ChildMatch.Status.PROPOSED) {
                        throw RequestRejectedException.conflict("the match is already " + match.status);
                    }
                });
    }

    /** Both records of the match, as they stood before the decision, in the municipality that decides it. */
    private Uni<Void> auditedDecision(String action, ChildMatch match) {
        return fileOf(match).chain(file -> audited(action, List.of(file.child(), file.candidate()),
                match.municipality));
    }

    /** The children, each named by its latest case in the municipality. */
    private Uni<Void> audited(String action, List<Child> read, String municipality) {
        return cases.forChildren(ChildMapper.owners(read)).chain(known -> audit.record(action,
                read.stream().map(child -> ChildMapper.audited(child, known, municipality)).toList()));
    }

    private Uni<ChildMapper.MatchFile> fileOf(ChildMatch match) {
        return children.findById(match.childId).chain(child -> children.findById(match.candidateId)
                .map(candidate -> new ChildMapper.MatchFile(match, child, candidate)));
    }

    /** The child, for a caller of a municipality where the child (or the record it was merged into) has a case. */
    private Uni<Child> visible(UUID id, Caller caller) {
        return children.findById(id)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("child " + id))
                .call(child -> cases.existsFor(child.mergedInto != null ? child.mergedInto : id,
                        caller.requireMunicipality()).invoke(mine -> {
                            if (!mine) {
                                throw RequestRejectedException.outOfScope("child " + id);
                            }
                        }));
    }

    private Uni<Void> propose(Child child, List<Scored> scored, String municipality) {
        List<Scored> probable = scored.stream().filter(s -> s.verdict().certainty() != Certainty.NONE)
                .limit(MAX_PROPOSALS).toList();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Scored s : probable) {
            chain = chain.chain(() -> matches.findFor(child.id, s.child().id).chain(known -> known != null
                    ? Uni.createFrom().voidItem()
                    : matches.persist(ChildMapper.toMatch(child, s.child(), municipality, s.verdict()))
                            .invoke(m -> LOG.infof("child %s may be %s: proposed as %s", child.id, s.child().id,
                                    m.id))
                            .replaceWithVoid()));
        }
        return chain;
    }

    private record Scored(Child child, ChildMatcher.Verdict verdict) {
    }

    /** The records that could be this child, the surest first (the oldest record first among equals). */
    private static List<Scored> score(Child child, List<Child> found) {
        return found.stream()
                .map(other -> new Scored(other, ChildMatcher.compare(child.particulars(), other.particulars())))
                .filter(s -> s.verdict().certainty() != Certainty.NONE)
                .sorted(Comparator.comparing((Scored s) -> s.verdict().certainty())
                        .thenComparing(s -> s.child().createdAt))
                .toList();
    }
}
