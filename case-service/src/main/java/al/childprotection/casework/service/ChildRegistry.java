package al.childprotection.casework.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.casework.domain.Child;
import al.childprotection.casework.domain.ChildMatch;
import al.childprotection.casework.mapping.ChildMapper;
import al.childprotection.casework.repository.ChildMatchRepository;
import al.childprotection.casework.repository.ChildRepository;
import al.childprotection.casework.repository.ProtectionCaseRepository;
import al.childprotection.casework.service.ChildCandidates.Scored;
import al.childprotection.contracts.ChildSummary;
import al.childprotection.kit.audit.AuditTrail;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * One record per child in each municipality (decision 10). Within the municipality a sure match is the same record;
 * a probable match is a new record and a proposal that a worker confirms (merging the two, the proposal kept as the
 * trail) or rejects; below that, two records stay two children. Another municipality's record is never read,
 * joined or merged: a match with it is a notice to both supervisors ({@link CrossMunicipalityMatches}).
 */
@ApplicationScoped
public class ChildRegistry {

    private static final Logger LOG = Logger.getLogger(ChildRegistry.class);

    private final ChildRepository children;
    private final ChildMatchRepository matches;
    private final ProtectionCaseRepository cases;
    private final ChildMerger merger;
    private final CrossMunicipalityMatches across;
    private final AuditTrail audit;

    ChildRegistry(ChildRepository children, ChildMatchRepository matches, ProtectionCaseRepository cases,
            ChildMerger merger, CrossMunicipalityMatches across, AuditTrail audit) {
        this.children = children;
        this.matches = matches;
        this.cases = cases;
        this.merger = merger;
        this.across = across;
        this.audit = audit;
    }

    /** The municipality's record of a referred child, in the consuming transaction: a sure match's, or a new one. */
    public Uni<Child> childOf(ChildSummary summary, String municipality) {
        Child candidate = ChildMapper.toChild(summary, municipality, Instant.now());
        return children.candidatesFor(candidate.particulars(), candidate.id).chain(found -> {
            List<Scored> scored = ChildCandidates.ownMunicipality(candidate, found);
            if (!scored.isEmpty() && scored.get(0).sure()) {
                LOG.infof("referred child is known record %s (%s)", scored.get(0).child().id,
                        scored.get(0).verdict().reasons());
                return Uni.createFrom().item(scored.get(0).child());
            }
            return children.persist(candidate).call(stored -> propose(stored, scored));
        });
    }

    /**
     * A record of the municipality for a child that a corrected intake showed to be another than its record's: new,
     * and proposed against the municipality's likely records (the one it left among them), never joined at once.
     */
    public Uni<Child> recordApart(ChildSummary summary, String municipality) {
        Child apart = ChildMapper.toChild(summary, municipality, Instant.now());
        return children.candidatesFor(apart.particulars(), apart.id)
                .chain(found -> children.persist(apart)
                        .call(stored -> propose(stored, ChildCandidates.ownMunicipality(stored, found))));
    }

    /**
     * A worker records what the referral could not tell (personal number, parents' names): then the matcher looks
     * again. Within the municipality a sure match merges at once (the worker's edit is the decision, audited as the
     * match's confirmation) and a probable one is proposed; another municipality's record is only noticed.
     */
    @WithTransaction
    public Uni<Child> updateParticulars(UUID id, Caller caller, String personalNumber, String motherName,
            String fatherName) {
        return visible(id, caller)
                .call(child -> audited("child.particulars-recorded", child))
                .chain(child -> {
                    child.personalNumber = ChildMapper.personalNumber(personalNumber);
                    child.motherName = ChildMapper.blankToNull(motherName);
                    child.fatherName = ChildMapper.blankToNull(fatherName);
                    return children.candidatesFor(child.particulars(), child.id).chain(found -> {
                        List<Scored> scored = ChildCandidates.ownMunicipality(child, found);
                        if (!scored.isEmpty() && scored.get(0).sure()) {
                            Child other = scored.get(0).child();
                            Child newer = other.createdAt.isAfter(child.createdAt) ? other : child;
                            Child older = newer == other ? child : other;
                            ChildMatch match = ChildMapper.toMatch(newer, older, scored.get(0).verdict());
                            return matches.persist(match)
                                    .call(() -> audited("child-match.confirmed", newer, older))
                                    .chain(() -> merger.merge(match, caller.username()))
                                    .replaceWith(older);
                        }
                        return propose(child, scored).replaceWith(child);
                    });
                })
                .call(across::lookAcross);
    }

    /** A child its reader may see, with its cases, the reading audited. */
    @WithSession
    public Uni<ChildMapper.ChildFile> read(UUID id, Caller caller) {
        String municipality = caller.requireMunicipality();
        return find(id, caller).call(file -> audit.record("child.read",
                ChildMapper.audited(file.child(), file.cases(), municipality)));
    }

    /** A child its reader may see, with its municipality's cases: not audited, for showing a change that was. */
    @WithSession
    public Uni<ChildMapper.ChildFile> find(UUID id, Caller caller) {
        return visible(id, caller).chain(child -> cases.forChild(child.mergedInto != null ? child.mergedInto : id)
                .map(list -> new ChildMapper.ChildFile(child, list.stream()
                        .filter(c -> c.municipality.equalsIgnoreCase(child.municipality)).toList())));
    }

    /**
     * A page of the matches the caller may act on ({@code limit} of them, read with one more that only tells whether
     * a next page follows; filters as {@link ChildMatchRepository#page}): its municipality's proposals, and, for a
     * supervisor, the notices that another CPU may hold one of its children. Only the caller's own records are
     * shown, and audited as read.
     */
    @WithSession
    public Uni<List<ChildMapper.MatchFile>> proposals(Caller caller, ChildMatch.Status status, Instant from,
            Instant before, PageCursor after, int limit) {
        String municipality = caller.requireMunicipality();
        return matches.page(municipality, caller.hasRole(CrossMunicipalityMatches.DECIDES), status, from, before,
                after, Pages.fetchSize(limit))
                .chain(rows -> {
                    Uni<List<ChildMapper.MatchFile>> files = Uni.createFrom().item(new ArrayList<>());
                    for (ChildMatch match : rows) {
                        files = files.chain(acc -> fileOf(match).map(file -> {
                            acc.add(file);
                            return acc;
                        }));
                    }
                    return files;
                })
                // the row read past the page only tells that a next page follows: it is not shown, nor audited
                .call(files -> audited("child-match.listed", Pages.shown(files, limit)
                        .stream().flatMap(f -> f.ownRecords(municipality).stream()).toArray(Child[]::new)));
    }

    /**
     * Within the municipality the worker confirms: the newer record is merged into the older one, the proposal is
     * the trail. Across municipalities the caller's supervisor confirms for their CPU, and the records are linked
     * once both have.
     */
    @WithTransaction
    public Uni<ChildMapper.MatchFile> confirm(UUID matchId, Caller caller) {
        return waiting(matchId, caller).chain(match -> match.across()
                ? across.confirm(match, caller).chain(this::fileOf)
                : fileOf(match).call(file -> audited("child-match.confirmed", file.child(), file.candidate()))
                        .call(file -> merger.merge(match, caller.username()))
                        .chain(file -> fileOf(match)));
    }

    @WithTransaction
    public Uni<ChildMapper.MatchFile> reject(UUID matchId, Caller caller) {
        return waiting(matchId, caller).chain(match -> match.across()
                ? across.reject(match, caller).chain(this::fileOf)
                : fileOf(match).call(file -> audited("child-match.rejected", file.child(), file.candidate()))
                        .invoke(file -> {
                            match.status = ChildMatch.Status.REJECTED;
                            match.decidedBy = caller.username();
                            match.decidedAt = Instant.now();
                        }));
    }

    /** A match waiting for the caller: one of their municipality (as a side, across), still proposed. */
    private Uni<ChildMatch> waiting(UUID matchId, Caller caller) {
        String municipality = caller.requireMunicipality();
        return matches.findById(matchId)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("child match " + matchId))
                .invoke(match -> {
                    boolean mine = match.across() ? match.concerns(municipality)
                            : match.municipality.equalsIgnoreCase(municipality);
                    if (!mine) {
                        throw RequestRejectedException.outOfScope("child match " + matchId, match.municipality);
                    }
                    if (match.across() && !caller.hasRole(CrossMunicipalityMatches.DECIDES)) {
                        throw RequestRejectedException.forbidden(
                                "a match with another CPU's record is decided by a supervisor");
                    }
                    if (match.status != ChildMatch.Status.PROPOSED) {
                        throw RequestRejectedException.conflict("the match is already " + match.status);
                    }
                });
    }

    /** The children, each named by its latest case in its own municipality. */
    private Uni<Void> audited(String action, Child... read) {
        if (read.length == 0) {
            return Uni.createFrom().voidItem();
        }
        return cases.forChildren(ChildMapper.owners(List.of(read))).chain(known -> audit.record(action,
                Arrays.stream(read).map(child -> ChildMapper.audited(child, known, child.municipality))
                        .toList()));
    }

    private Uni<ChildMapper.MatchFile> fileOf(ChildMatch match) {
        return children.findById(match.childId).chain(child -> children.findById(match.candidateId)
                .chain(candidate -> cases.forChildren(List.of(child.id, candidate.id))
                        .map(known -> ChildMapper.fileOf(match, child, candidate, known))));
    }

    /** The child, for a caller of the municipality whose record it is. */
    private Uni<Child> visible(UUID id, Caller caller) {
        String municipality = caller.requireMunicipality();
        return children.findById(id)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("child " + id))
                .invoke(child -> {
                    if (child.municipality == null || !child.municipality.equalsIgnoreCase(municipality)) {
                        throw RequestRejectedException.outOfScope("child " + id, child.municipality);
                    }
                });
    }

    /** Probable matches within the child's municipality, each proposed once. */
    private Uni<Void> propose(Child child, List<Scored> scored) {
        List<Scored> probable = scored.stream().limit(ChildCandidates.MAX_PROPOSALS).toList();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Scored s : probable) {
            chain = chain.chain(() -> matches.findFor(child.id, s.child().id).chain(known -> known != null
                    ? Uni.createFrom().voidItem()
                    : matches.persist(ChildMapper.toMatch(child, s.child(), s.verdict()))
                            .invoke(m -> LOG.infof("child %s may be %s: proposed as %s", child.id, s.child().id,
                                    m.id))
                            .replaceWithVoid()));
        }
        return chain;
    }
}
