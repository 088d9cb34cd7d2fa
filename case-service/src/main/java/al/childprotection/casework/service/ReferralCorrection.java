package al.childprotection.casework.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.casework.domain.Child;
import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.mapping.ChildMapper;
import al.childprotection.casework.repository.ChildRepository;
import al.childprotection.casework.repository.FollowUpTaskRepository;
import al.childprotection.casework.repository.ProtectionCaseRepository;
import al.childprotection.contracts.ReferralCorrected;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.kit.audit.AuditTrail;
import io.smallrye.mutiny.Uni;

/**
 * An intake correction changes only that intake's referral and case. When the child's record is this referral's
 * alone, it takes the corrected names, date of birth, estimated age and sex. When other referrals of the
 * municipality lead to the same record, the record stays as their intakes described it: this referral's case gets
 * a record of its own with the corrected particulars (and its own case, if it shared one), and the matcher looks at
 * that record afresh. The referral's tasks keep their priority and due time: a correction must not silently move a
 * deadline. In the consuming transaction.
 */
@ApplicationScoped
public class ReferralCorrection {

    private static final Logger LOG = Logger.getLogger(ReferralCorrection.class);

    private final ChildRepository children;
    private final ChildRegistry registry;
    private final ProtectionCaseRepository cases;
    private final FollowUpTaskRepository tasks;
    private final Timeline timeline;
    private final CrossMunicipalityMatches across;
    private final AuditTrail audit;

    ReferralCorrection(ChildRepository children, ChildRegistry registry, ProtectionCaseRepository cases,
            FollowUpTaskRepository tasks, Timeline timeline, CrossMunicipalityMatches across, AuditTrail audit) {
        this.children = children;
        this.registry = registry;
        this.cases = cases;
        this.tasks = tasks;
        this.timeline = timeline;
        this.across = across;
        this.audit = audit;
    }

    public Uni<Void> apply(ReferralCorrected correction) {
        if (correction.referralId() == null || correction.child() == null) {
            // can never apply: straight to the dead-letter topic, not round the retries
            return Uni.createFrom().failure(
                    new IllegalArgumentException("referral.corrected without a referralId or a child"));
        }
        return tasks.findFor(correction.referralId(), FollowUpTask.Kind.FIRST_CONTACT).chain(task -> {
            if (task == null) {
                // the correction overtook the referral (or names one never taken on): fail, so the consumer
                // retries with back-off and then dead-letters it; never drop a correction of a child's identity
                return Uni.createFrom().failure(new IllegalStateException(
                        "no case yet for referral " + correction.referralId() + ": its correction cannot apply"));
            }
            return cases.findById(task.caseId).chain(protectionCase -> tasks
                    .referralsOfChild(protectionCase.childId)
                    .chain(referrals -> others(referrals, correction.referralId())
                            ? apart(protectionCase, correction)
                            : inPlace(protectionCase, correction)))
                    .chain(served -> raiseRisk(served, correction));
        });
    }

    /**
     * A correction that names a higher risk raises the risk of the case that serves the referral, which shortens its
     * escalation windows; a lower one is left to the CPU's own risk assessment, never lowered by a retyped intake.
     */
    private Uni<Void> raiseRisk(ProtectionCase served, ReferralCorrected correction) {
        RiskLevel before = served.riskLevel;
        served.raiseRisk(correction.riskLevel());
        if (served.riskLevel == before) {
            return Uni.createFrom().voidItem();
        }
        return timeline.record(served, "RISK_RAISED", Timeline.PLATFORM, "referral " + correction.referralId()
                + " corrected: risk " + before + " to " + served.riskLevel, Instant.now());
    }

    /** The child's record corrected where it is: the case that serves the referral. */
    private Uni<ProtectionCase> inPlace(ProtectionCase protectionCase, ReferralCorrected correction) {
        return children.findById(protectionCase.childId)
                .invoke(child -> CaseMapper.correct(child, correction.child()))
                .invoke(child -> LOG.infof("child %s of referral %s corrected", child.id, correction.referralId()))
                .chain(child -> audited(child, protectionCase))
                .replaceWith(protectionCase);
    }

    /**
     * The corrected child on a record (and, if the case is shared, a case) of this referral's own: the case that
     * serves the referral.
     */
    private Uni<ProtectionCase> apart(ProtectionCase shared, ReferralCorrected correction) {
        Instant now = Instant.now();
        return registry.recordApart(correction.child(), shared.municipality).chain(child -> tasks
                .referralsOfCase(shared.id).chain(referrals -> {
                    if (!others(referrals, correction.referralId())) {
                        shared.childId = child.id;
                        return timeline.record(shared, "CHILD_CORRECTED", Timeline.PLATFORM, "referral "
                                + correction.referralId() + " corrected: the case has a record of its own", now)
                                .chain(() -> audited(child, shared)).replaceWith(shared);
                    }
                    ProtectionCase own = CaseMapper.splitOff(shared, child, correction.referralId(),
                            correction.intakeId(), now);
                    LOG.infof("referral %s corrected: its tasks move from case %s to case %s",
                            correction.referralId(), shared.id, own.id);
                    // flushed first: the tasks are moved by a bulk update, which the new case must precede
                    return cases.persistAndFlush(own)
                            .chain(() -> tasks.moveReferral(correction.referralId(), shared.id, own.id))
                            .chain(() -> timeline.record(own, "CASE_OPENED", Timeline.PLATFORM, "referral "
                                    + correction.referralId() + " corrected apart from case " + shared.id, now))
                            .chain(() -> timeline.record(shared, "REFERRAL_CORRECTED_APART", Timeline.PLATFORM,
                                    "referral " + correction.referralId() + " moved to case " + own.id, now))
                            .chain(() -> audited(child, own)).replaceWith(own);
                }).call(() -> across.lookAcross(child)));
    }

    private static boolean others(List<UUID> referrals, UUID referralId) {
        return referrals.stream().anyMatch(r -> !r.equals(referralId));
    }

    private Uni<Void> audited(Child child, ProtectionCase protectionCase) {
        return audit.record("child.corrected",
                ChildMapper.audited(child, List.of(protectionCase), protectionCase.municipality));
    }
}
