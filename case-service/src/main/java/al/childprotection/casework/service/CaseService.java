package al.childprotection.casework.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.casework.config.SlaConfig;
import al.childprotection.casework.domain.Child;
import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.mapping.ChildMapper;
import al.childprotection.casework.repository.ChildRepository;
import al.childprotection.casework.repository.FollowUpTaskRepository;
import al.childprotection.casework.repository.ProtectionCaseRepository;
import al.childprotection.casework.repository.TaskQuery;
import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.ReferralRedirected;
import al.childprotection.kit.audit.AuditTrail;
import al.childprotection.kit.outbox.Outbox;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CaseService {

    private static final Logger LOG = Logger.getLogger(CaseService.class);

    private final ChildRepository children;
    private final ChildRegistry registry;
    private final CrossMunicipalityMatches across;
    private final Timeline timeline;
    private final ProtectionCaseRepository cases;
    private final FollowUpTaskRepository tasks;
    private final TaskPlanner planner;
    private final Outbox outbox;
    private final SlaConfig sla;
    private final AuditTrail audit;

    CaseService(ChildRepository children, ChildRegistry registry, CrossMunicipalityMatches across, Timeline timeline,
            ProtectionCaseRepository cases, FollowUpTaskRepository tasks, TaskPlanner planner, Outbox outbox,
            SlaConfig sla, AuditTrail audit) {
        this.children = children;
        this.registry = registry;
        this.across = across;
        this.timeline = timeline;
        this.cases = cases;
        this.tasks = tasks;
        this.planner = planner;
        this.outbox = outbox;
        this.sla = sla;
        this.audit = audit;
    }

    /**
     * A referral reached the CPU: open a case for the child (or join the child's open case there) and give the
     * first-contact task to the responsible worker. Runs in the consuming transaction; one referral gives one task.
     */
    public Uni<Void> takeOnReferral(ReferralCreated referral, String correlationId) {
        return tasks.findFor(referral.referralId(), FollowUpTask.Kind.FIRST_CONTACT).chain(existing -> {
            if (existing != null) {
                LOG.infof("referral %s already has task %s", referral.referralId(), existing.id);
                return Uni.createFrom().voidItem();
            }
            return takeOn(referral, correlationId).replaceWithVoid();
        });
    }

    /**
     * A referral redirected here opens (or joins) the child's case at the new CPU as a new referral would, its
     * first-contact clock starting at the redirection, and both the case's timeline and the old one's show the move.
     * A redirection already taken on (a first-contact task of the referral there since it) changes nothing.
     */
    public Uni<Void> takeOnRedirect(ReferralRedirected redirected, String correlationId) {
        if (redirected.child() == null) {
            LOG.warnf("redirection of referral %s to %s carries no child: no case opened there",
                    redirected.referralId(), redirected.toCpuCode());
            return Uni.createFrom().voidItem();
        }
        Instant at = redirected.at() != null ? redirected.at() : Instant.now();
        return tasks.firstContactSince(redirected.referralId(), redirected.toCpuCode(),
                redirected.at() != null ? redirected.at() : Instant.EPOCH).chain(existing -> {
                    if (existing != null) {
                        LOG.infof("redirection of referral %s already gave task %s", redirected.referralId(),
                                existing.id);
                        return Uni.createFrom().voidItem();
                    }
                    return takeOn(CaseMapper.toReferral(redirected, at), correlationId)
                            .chain(here -> timeline.record(here, "REDIRECTED_HERE", redirected.by(),
                                    "referral " + redirected.referralId() + " from " + redirected.fromCpuCode()
                                            + ": " + redirected.reason(), Instant.now()));
                });
    }

    private Uni<ProtectionCase> takeOn(ReferralCreated referral, String correlationId) {
        return registry.childOf(referral.child(), referral.municipality())
                .chain(child -> openCaseFor(child, referral, correlationId)
                        .call(protectionCase -> assignFirstContact(protectionCase, referral, correlationId))
                        .call(() -> across.lookAcross(child)));
    }

    private Uni<ProtectionCase> openCaseFor(Child child, ReferralCreated referral, String correlationId) {
        return cases.findOpen(child.id, referral.cpuCode()).chain(open -> {
            if (open != null) {
                open.raiseRisk(referral.riskLevel());
                return timeline.record(open, "REFERRAL_RECEIVED", Timeline.PLATFORM,
                        "referral " + referral.referralId(), Instant.now()).replaceWith(open);
            }
            ProtectionCase opened = CaseMapper.toCase(child, referral, correlationId, Instant.now());
            // opened by the service itself, from the referral: the audit trail names it as the actor
            return cases.persist(opened)
                    .call(stored -> audit.record("case.opened", CaseMapper.audited(stored)))
                    .call(stored -> outbox.append(EventType.CASE_OPENED, stored.id,
                            CaseMapper.toOpened(stored, referral.referralId()), correlationId))
                    .call(stored -> timeline.record(stored, "CASE_OPENED", Timeline.PLATFORM,
                            "referral " + referral.referralId(), stored.openedAt));
        });
    }

    private Uni<Void> assignFirstContact(ProtectionCase protectionCase, ReferralCreated referral,
            String correlationId) {
        return planner.open(protectionCase, FollowUpTask.Kind.FIRST_CONTACT, null, referral.priority(),
                referral.referralId(), sla.firstContact().deadline(referral.createdAt(), referral.priority()),
                correlationId).replaceWithVoid();
    }

    /**
     * The CPU opens a deinstitutionalisation case for a child living in a residential institution (the child found
     * through the matcher), followed by the caller when a worker, and gives it its assessment task. No referral is
     * behind it, so no {@code case.opened} (whose contract names the referral) is published.
     */
    @WithTransaction
    public Uni<ProtectionCase> openDeinstitutionalisation(Caller caller, ChildSummary summary, String institution,
            ProtectionCase.PlannedOutcome outcome) {
        String municipality = caller.requireMunicipality();
        String cpuCode = caller.cpu()
                .orElseThrow(() -> RequestRejectedException.forbidden("your account has no CPU"));
        String worker = caller.hasRole(Roles.CPU_WORKER) && !caller.hasRole(Roles.CPU_SUPERVISOR) ? caller.username() : null;
        return registry.childOf(summary, municipality).chain(child -> cases.findOpen(child.id, cpuCode)
                .chain(open -> {
                    if (open != null) {
                        throw RequestRejectedException.conflicting("child",
                                "the child already has an open case at this CPU: " + open.id);
                    }
                    ProtectionCase opened = CaseMapper.toDeinstitutionalisationCase(child, cpuCode, municipality,
                            institution, outcome, worker, Instant.now());
                    return cases.persist(opened)
                            .call(stored -> audit.record("case.opened", CaseMapper.audited(stored)))
                            .call(stored -> timeline.record(stored, "CASE_OPENED", caller.username(),
                                    "deinstitutionalisation, planned outcome " + outcome, stored.openedAt))
                            .call(stored -> planner.open(stored, FollowUpTask.Kind.DEINSTITUTIONALISATION_ASSESSMENT,
                                    null, Priority.NORMAL, null,
                                    stored.openedAt.plus(sla.deinstitutionalisationAssessment())))
                            .call(() -> across.lookAcross(child));
                }));
    }

    /** A task its reader may see (one of its municipality), the reading audited. */
    @WithSession
    public Uni<FollowUpTask> readTask(UUID id, Caller caller) {
        return tasks.findById(id)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("task " + id))
                .invoke(task -> caller.requireWorksIn(task.municipality, "task " + id))
                .call(task -> cases.findById(task.caseId)
                        .chain(protectionCase -> audit.record("task.read", CaseMapper.audited(task, protectionCase))));
    }

    /**
     * A page of the tasks {@code query} asks for: {@link Pages#fetchSize} rows after {@code after}; the tasks of the
     * page (not the extra row that only tells a next page exists) are audited as read.
     */
    @WithSession
    public Uni<List<FollowUpTask>> tasks(TaskQuery query, PageCursor after, int limit) {
        return tasks.page(query, after, Pages.fetchSize(limit))
                .call(rows -> listed(Pages.shown(rows, limit)));
    }

    /** A case its reader may see (one of its municipality), with its child and its tasks, the reading audited. */
    @WithSession
    public Uni<CaseMapper.CaseFile> read(UUID id, Caller caller) {
        return findCase(id)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("case " + id))
                .invoke(file -> caller.requireWorksIn(file.protectionCase().municipality, "case " + id))
                .call(file -> audit.record("case.read", CaseMapper.audited(file.protectionCase())));
    }

    /** A case with its child and its tasks, or null: not audited, for showing a change that was. */
    @WithSession
    public Uni<CaseMapper.CaseFile> findCase(UUID id) {
        return cases.findById(id).chain(found -> found == null
                ? Uni.createFrom().nullItem()
                : children.findById(found.childId).chain(child -> tasks.listForCase(found.id)
                        .map(list -> new CaseMapper.CaseFile(found, child, list))));
    }

    /** Each task listed is a child's record read, and audited as such, named by its case. */
    private Uni<Void> listed(List<FollowUpTask> listed) {
        return cases.byId(listed.stream().map(task -> task.caseId).distinct().toList())
                .chain(byId -> audit.record("task.listed",
                        listed.stream().map(task -> CaseMapper.audited(task, byId.get(task.caseId))).toList()));
    }
}
