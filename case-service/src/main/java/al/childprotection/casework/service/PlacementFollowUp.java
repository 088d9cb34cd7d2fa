package al.childprotection.casework.service;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.casework.config.SlaConfig;
import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.repository.FollowUpTaskRepository;
import al.childprotection.casework.repository.ProtectionCaseRepository;
import al.childprotection.contracts.PlacementAdmitted;
import al.childprotection.contracts.PlacementDischarged;
import al.childprotection.contracts.Priority;
import io.smallrye.mutiny.Uni;

/**
 * The child's case follows the shelter: an admission asks for a placement review before the emergency stay runs
 * out, a discharge goes on the timeline and asks for a reintegration follow-up. In the consuming transaction.
 */
@ApplicationScoped
public class PlacementFollowUp {

    private static final Logger LOG = Logger.getLogger(PlacementFollowUp.class);

    private final ProtectionCaseRepository cases;
    private final FollowUpTaskRepository tasks;
    private final TaskPlanner planner;
    private final Timeline timeline;
    private final SlaConfig sla;

    PlacementFollowUp(ProtectionCaseRepository cases, FollowUpTaskRepository tasks, TaskPlanner planner,
            Timeline timeline, SlaConfig sla) {
        this.cases = cases;
        this.tasks = tasks;
        this.planner = planner;
        this.timeline = timeline;
        this.sla = sla;
    }

    public Uni<Void> admitted(PlacementAdmitted placement) {
        return caseOf(placement.caseId(), placement.referralId(), placement.placementId()).chain(found -> {
            if (found == null) {
                return Uni.createFrom().voidItem();
            }
            Instant review = placement.admittedAt().plus(sla.placementReview());
            Instant due = placement.stayEndsAt() != null && placement.stayEndsAt().isBefore(review)
                    ? placement.stayEndsAt() : review;
            Uni<Void> noted = timeline.record(found, "PLACEMENT_ADMITTED", placement.shelterCode(),
                    "admitted to " + placement.shelterCode() + " until " + placement.stayEndsAt(),
                    placement.admittedAt());
            return found.status != ProtectionCase.Status.OPEN ? noted
                    : noted.chain(() -> planner.open(found, FollowUpTask.Kind.PLACEMENT_REVIEW,
                            "Review the placement at " + placement.shelterCode(), Priority.EMERGENCY,
                            placement.referralId(), due)).replaceWithVoid();
        });
    }

    public Uni<Void> discharged(PlacementDischarged placement) {
        return caseOf(placement.caseId(), placement.referralId(), placement.placementId()).chain(found -> {
            if (found == null) {
                return Uni.createFrom().voidItem();
            }
            Uni<Void> noted = timeline.record(found, "PLACEMENT_DISCHARGED", placement.shelterCode(),
                    "discharged from " + placement.shelterCode() + ": " + placement.destination(),
                    placement.dischargedAt());
            return found.status != ProtectionCase.Status.OPEN ? noted
                    : noted.chain(() -> planner.open(found, FollowUpTask.Kind.REINTEGRATION_FOLLOW_UP,
                            "Follow up the child's " + placement.destination().toLowerCase().replace('_', ' '),
                            Priority.HIGH, placement.referralId(),
                            placement.dischargedAt().plus(sla.reintegrationFollowUp()))).replaceWithVoid();
        });
    }

    /**
     * The case named by the placement, or the one its referral opened. A placement naming neither is not a case's
     * business; one naming a case or referral not (yet) here fails, to be retried and then dead-lettered.
     */
    private Uni<ProtectionCase> caseOf(UUID caseId, UUID referralId, UUID placementId) {
        if (caseId != null) {
            return cases.findById(caseId).onItem().ifNull().failWith(() -> new IllegalStateException(
                    "no case " + caseId + " for placement " + placementId));
        }
        if (referralId == null) {
            LOG.infof("placement %s names no case and no referral", placementId);
            return Uni.createFrom().nullItem();
        }
        return tasks.findFor(referralId, FollowUpTask.Kind.FIRST_CONTACT)
                .onItem().ifNull().failWith(() -> new IllegalStateException(
                        "no case yet for referral " + referralId + " of placement " + placementId))
                .chain(task -> cases.findById(task.caseId));
    }
}
