package al.childprotection.casework.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.casework.config.SlaConfig;
import al.childprotection.casework.domain.Child;
import al.childprotection.casework.domain.ChildMatch;
import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.mapping.ChildMapper;
import al.childprotection.casework.repository.ChildMatchRepository;
import al.childprotection.casework.repository.ChildRepository;
import al.childprotection.casework.repository.ProtectionCaseRepository;
import al.childprotection.casework.service.ChildCandidates.Scored;
import al.childprotection.kit.audit.AuditTrail;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import io.smallrye.mutiny.Uni;

/**
 * Another municipality may hold the same child (decision 10). The match is a notice, never a view: each side's
 * supervisor gets a task to contact the other CPU, and sees only its own record and which CPU to call. Both
 * supervisors confirming links the two records; nothing is merged and neither side reads the other's records. A
 * worker who needs them asks for the referral to be redirected, or the other CPU shares them. In the caller's
 * transaction.
 */
@ApplicationScoped
public class CrossMunicipalityMatches {

    /** The role that decides a match with another CPU's record. */
    static final String DECIDES = Roles.CPU_SUPERVISOR;

    private static final Logger LOG = Logger.getLogger(CrossMunicipalityMatches.class);

    private final ChildRepository children;
    private final ChildMatchRepository matches;
    private final ProtectionCaseRepository cases;
    private final TaskPlanner planner;
    private final Timeline timeline;
    private final SlaConfig sla;
    private final AuditTrail audit;

    CrossMunicipalityMatches(ChildRepository children, ChildMatchRepository matches, ProtectionCaseRepository cases,
            TaskPlanner planner, Timeline timeline, SlaConfig sla, AuditTrail audit) {
        this.children = children;
        this.matches = matches;
        this.cases = cases;
        this.planner = planner;
        this.timeline = timeline;
        this.sla = sla;
        this.audit = audit;
    }

    /** Notices, once per pair of records, for the likeliest records of other municipalities that could be the child. */
    public Uni<Void> lookAcross(Child child) {
        return children.candidatesFor(child.particulars(), child.id).chain(found -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Scored s : ChildCandidates.otherMunicipalities(child, found)) {
                chain = chain.chain(() -> matches.between(child.id, s.child().id).chain(known -> known != null
                        ? Uni.createFrom().voidItem()
                        : notice(ChildMapper.toMatch(child, s.child(), s.verdict()))));
            }
            return chain;
        });
    }

    private Uni<Void> notice(ChildMatch match) {
        LOG.infof("child %s (%s) may be %s (%s): notice %s to both supervisors", match.childId, match.municipality,
                match.candidateId, match.candidateMunicipality, match.id);
        return matches.persist(match)
                .chain(() -> askSupervisor(match.childId, match, match.candidateMunicipality))
                .chain(() -> askSupervisor(match.candidateId, match, match.municipality));
    }

    /** A task for the supervisor on the record's open case, naming only the other municipality and the match. */
    private Uni<Void> askSupervisor(UUID childId, ChildMatch match, String otherMunicipality) {
        return cases.latestOpen(childId).chain(open -> open == null ? Uni.createFrom().voidItem()
                : planner.openForSupervisor(open, FollowUpTask.Kind.CROSS_MUNICIPALITY_MATCH,
                        "child match " + match.id + " with the CPU of " + otherMunicipality,
                        Instant.now().plus(sla.crossMunicipalityMatch())).replaceWithVoid());
    }

    /** The caller's supervisor confirms for their CPU; the second confirmation links the records. */
    public Uni<ChildMatch> confirm(ChildMatch match, Caller caller) {
        boolean childSide = match.municipality.equalsIgnoreCase(caller.requireMunicipality());
        String already = childSide ? match.childSideConfirmedBy : match.candidateSideConfirmedBy;
        if (already != null) {
            throw RequestRejectedException.conflict("your CPU has already confirmed this match");
        }
        if (childSide) {
            match.childSideConfirmedBy = caller.username();
        } else {
            match.candidateSideConfirmedBy = caller.username();
        }
        Uni<Void> audited = ownRecord(match, childSide).chain(own -> audited("child-match.confirmed", own));
        if (match.childSideConfirmedBy == null || match.candidateSideConfirmedBy == null) {
            return audited.replaceWith(match);
        }
        Instant now = Instant.now();
        match.status = ChildMatch.Status.CONFIRMED;
        match.decidedBy = caller.username();
        match.decidedAt = now;
        return audited
                .chain(() -> note(match.childId, "CHILD_LINKED", caller, "linked by match " + match.id
                        + " with a record at the CPU of " + match.candidateMunicipality, now))
                .chain(() -> note(match.candidateId, "CHILD_LINKED", caller, "linked by match " + match.id
                        + " with a record at the CPU of " + match.municipality, now))
                .replaceWith(match);
    }

    /** Either side's supervisor may say the two records are two children. */
    public Uni<ChildMatch> reject(ChildMatch match, Caller caller) {
        boolean childSide = match.municipality.equalsIgnoreCase(caller.requireMunicipality());
        match.status = ChildMatch.Status.REJECTED;
        match.decidedBy = caller.username();
        match.decidedAt = Instant.now();
        return ownRecord(match, childSide).chain(own -> audited("child-match.rejected", own)).replaceWith(match);
    }

    private Uni<Child> ownRecord(ChildMatch match, boolean childSide) {
        return children.findById(childSide ? match.childId : match.candidateId);
    }

    private Uni<Void> audited(String action, Child own) {
        return cases.forChild(own.id).chain(known -> audit.record(action,
                List.of(ChildMapper.audited(own, known, own.municipality))));
    }

    private Uni<Void> note(UUID childId, String kind, Caller caller, String note, Instant at) {
        return cases.latestOpen(childId).chain(open -> open == null ? Uni.createFrom().voidItem()
                : timeline.record(open, kind, caller.username(), note, at));
    }
}
