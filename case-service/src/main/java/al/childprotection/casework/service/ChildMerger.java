package al.childprotection.casework.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.casework.domain.Child;
import al.childprotection.casework.domain.ChildMatch;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.repository.ChildRepository;
import al.childprotection.casework.repository.FollowUpTaskRepository;
import al.childprotection.casework.repository.ProtectionCaseRepository;
import al.childprotection.kit.problem.RequestRejectedException;
import io.smallrye.mutiny.Uni;

/**
 * Makes two records of one child one: the newer record's cases go to the older record, an open case at a CPU
 * where the older record already has one gives it its tasks and closes as MERGED, and what the older record did
 * not know (personal number, parents' names) it learns. The newer record stays, pointing at the older one.
 */
@ApplicationScoped
public class ChildMerger {

    private static final Logger LOG = Logger.getLogger(ChildMerger.class);

    private final ChildRepository children;
    private final ProtectionCaseRepository cases;
    private final FollowUpTaskRepository tasks;
    private final Timeline timeline;

    ChildMerger(ChildRepository children, ProtectionCaseRepository cases, FollowUpTaskRepository tasks,
            Timeline timeline) {
        this.children = children;
        this.cases = cases;
        this.tasks = tasks;
        this.timeline = timeline;
    }

    /** In the caller's transaction. */
    public Uni<Void> merge(ChildMatch match, String decidedBy) {
        return children.findById(match.childId).chain(newer -> children.findById(match.candidateId)
                .chain(older -> {
                    if (newer.mergedInto != null || older.mergedInto != null) {
                        throw RequestRejectedException.conflict("one of the two records is already merged");
                    }
                    Instant now = Instant.now();
                    learn(older, newer);
                    newer.mergedInto = older.id;
                    match.status = ChildMatch.Status.CONFIRMED;
                    match.decidedBy = decidedBy;
                    match.decidedAt = now;
                    LOG.infof("child record %s merged into %s (match %s)", newer.id, older.id, match.id);
                    return cases.forChild(newer.id).chain(moved -> moveAll(moved, older, decidedBy, now));
                }));
    }

    private Uni<Void> moveAll(List<ProtectionCase> moved, Child older, String by, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (ProtectionCase protectionCase : moved) {
            chain = chain.chain(() -> move(protectionCase, older, by, now));
        }
        return chain;
    }

    private Uni<Void> move(ProtectionCase protectionCase, Child older, String by, Instant now) {
        Uni<ProtectionCase> open = protectionCase.status == ProtectionCase.Status.OPEN
                ? cases.findOpen(older.id, protectionCase.cpuCode)
                : Uni.createFrom().nullItem();
        return open.chain(kept -> {
            protectionCase.childId = older.id;
            if (kept == null) {
                return timeline.record(protectionCase, "CHILD_MERGED", by, "the child's records were merged", now);
            }
            protectionCase.status = ProtectionCase.Status.CLOSED;
            protectionCase.closureReason = "MERGED";
            protectionCase.closedAt = now;
            protectionCase.closedBy = by;
            return tasks.moveToCase(protectionCase.id, kept.id)
                    .chain(() -> timeline.record(kept, "CASE_MERGED", by,
                            "case " + protectionCase.id + " merged into this case", now));
        });
    }

    private static void learn(Child older, Child newer) {
        if (older.personalNumber == null) {
            older.personalNumber = newer.personalNumber;
        }
        if (older.motherName == null) {
            older.motherName = newer.motherName;
        }
        if (older.fatherName == null) {
            older.fatherName = newer.fatherName;
        }
    }
}
