package al.childprotection.referral.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Situation;
import al.childprotection.kit.audit.AuditTrail;
import al.childprotection.kit.outbox.Outbox;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import al.childprotection.referral.config.SlaConfig;
import al.childprotection.referral.domain.Referral;
import al.childprotection.referral.domain.ReferralStep;
import al.childprotection.referral.mapping.ReferralMapper;
import al.childprotection.referral.repository.ReferralRepository;
import al.childprotection.referral.repository.ReferralStepRepository;
import al.childprotection.referral.rest.ReferralShown;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ReferralService {

    private static final Logger LOG = Logger.getLogger(ReferralService.class);

    private final ReferralRepository referrals;
    private final ReferralStepRepository steps;
    private final ResponsibleUnitRules rules;
    private final Outbox outbox;
    private final SlaConfig sla;
    private final AuditTrail audit;
    private final ReferralAudience audience;

    ReferralService(ReferralRepository referrals, ReferralStepRepository steps, ResponsibleUnitRules rules,
            Outbox outbox, SlaConfig sla, AuditTrail audit, ReferralAudience audience) {
        this.referrals = referrals;
        this.steps = steps;
        this.rules = rules;
        this.outbox = outbox;
        this.sla = sla;
        this.audit = audit;
        this.audience = audience;
    }

    /**
     * Refers the child of a recorded intake to the responsible CPU. Runs in the consuming transaction; one intake
     * gives one referral, however often its event arrives.
     */
    public Uni<Void> referIntake(IntakeRecorded intake, String correlationId) {
        return referrals.findByIntake(intake.intakeId()).chain(existing -> {
            if (existing != null) {
                LOG.infof("intake %s already has referral %s", intake.intakeId(), existing.id);
                return Uni.createFrom().voidItem();
            }
            return rules.decide(ResponsibleUnitRules.Facts.of(intake)).chain(decision -> {
                Priority priority = priorityOf(intake.priority(), intake.riskLevel(), intake.situations());
                Instant now = Instant.now();
                Referral referral = ReferralMapper.toReferral(intake, decision, priority, now,
                        sla.acknowledge().deadline(now, priority),
                        correlationId == null ? intake.intakeId().toString() : correlationId);
                if (referral.situations.contains(Situation.SUSPECTED_TRAFFICKING_VICTIM)) {
                    referral.nrmReferralId = UUID.randomUUID();
                }
                return referrals.persist(referral)
                        .chain(stored -> steps.persist(ReferralStep.of(stored, null, "platform", decision.reason(), now)))
                        .chain(() -> outbox.append(EventType.REFERRAL_CREATED, referral.id,
                                ReferralMapper.toCreated(referral, decision.unit()), referral.correlationId))
                        .chain(() -> referral.nrmReferralId != null
                                ? outbox.append(EventType.NRM_REFERRED, referral.id,
                                        ReferralMapper.toNrmReferred(referral, now), referral.correlationId)
                                : Uni.createFrom().voidItem())
                        .chain(() -> needsTheShelterNow(referral)
                                ? outbox.append(EventType.SHELTER_PLACEMENT_NEEDED, referral.id,
                                        ReferralMapper.toPlacementNeeded(referral, now), referral.correlationId)
                                : Uni.createFrom().voidItem());
            });
        });
    }

    /** A referral as its reader is shown it (decision 11), the reading audited. */
    @WithSession
    public Uni<ReferralShown> show(UUID id, Caller caller) {
        return read(id, caller, "referral.read").chain(referral -> audience.shown(caller, referral));
    }

    /**
     * A page of its timeline ({@code rows}: the page and one more), in order, shown as the referral is, for anyone who
     * may read the referral.
     */
    @WithSession
    public Uni<ListedSteps> timeline(UUID id, Caller caller, long afterPosition, int limit) {
        return read(id, caller, "referral.timeline-read")
                .chain(referral -> steps.timeline(id, afterPosition, Pages.fetchSize(limit)).map(rows -> {
                    List<ReferralStep> page = Pages.shown(rows, limit);
                    return new ListedSteps(rows, audience.shown(caller, referral, page));
                }));
    }

    /** The steps read for a page, and the page's steps as they are shown, in the same order. */
    public record ListedSteps(List<ReferralStep> rows, List<ReferralShown.Step> shown) {

        public ReferralShown.Step shownOf(ReferralStep step) {
            return shown.get(rows.indexOf(step));
        }
    }

    /**
     * A page of referrals ({@code rows}: the page and one more, which only tells that another page follows), each
     * of the page shown as its reader may see it; each one shown is a child's record read, and audited as such.
     */
    @WithSession
    public Uni<ListedReferrals> list(Caller caller, ReferralRepository.ReferralFilter filter,
            boolean mostUrgentFirst, PageCursor after, int limit) {
        return referrals.list(filter, mostUrgentFirst, after, Pages.fetchSize(limit)).chain(rows -> {
            List<Referral> page = Pages.shown(rows, limit);
            return audit.record("referral.listed", page.stream().map(ReferralMapper::audited).toList())
                    .chain(() -> audience.shown(caller, page))
                    .map(shown -> new ListedReferrals(rows, shown));
        });
    }

    /** The rows read for a page, and the page's referrals as they are shown, in the same order. */
    public record ListedReferrals(List<Referral> rows, List<ReferralShown> shown) {

        public ReferralShown shownOf(Referral referral) {
            return shown.get(rows.indexOf(referral));
        }
    }

    /**
     * A referral its reader may see (SARPC: every one; CPU staff: their municipality's), the reading audited as
     * {@code action} (the referral itself, its timeline). Call inside a session.
     */
    private Uni<Referral> read(UUID id, Caller caller, String action) {
        return referrals.findById(id)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("referral " + id))
                .invoke(referral -> {
                    if (!caller.hasRole(Roles.SARPC)) {
                        caller.requireWorksIn(referral.municipality, "referral " + id);
                    }
                })
                .call(referral -> audit.record(action, ReferralMapper.audited(referral)));
    }

    /** An emergency with a child at high risk: the shelter is asked at once, not after the CPU's first visit. */
    static boolean needsTheShelterNow(Referral referral) {
        return referral.priority == Priority.EMERGENCY && referral.riskLevel == RiskLevel.HIGH;
    }

    /**
     * The team's priority, raised to emergency for a child at high risk, a suspected victim of trafficking or an
     * unaccompanied foreign child: their clocks never run slower than the emergency ones.
     */
    static Priority priorityOf(Priority chosenByTheTeam, RiskLevel risk, List<Situation> situations) {
        boolean emergency = risk == RiskLevel.HIGH
                || situations.contains(Situation.SUSPECTED_TRAFFICKING_VICTIM)
                || situations.contains(Situation.UNACCOMPANIED_FOREIGN_CHILD);
        return emergency ? Priority.EMERGENCY : chosenByTheTeam;
    }
}
