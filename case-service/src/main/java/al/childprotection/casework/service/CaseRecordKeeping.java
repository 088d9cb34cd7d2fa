package al.childprotection.casework.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import al.childprotection.casework.config.SlaConfig;
import al.childprotection.casework.domain.CaseRecord;
import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.repository.CaseRecordRepository;
import al.childprotection.casework.repository.ChildRepository;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.kit.audit.AuditTrail;
import al.childprotection.kit.outbox.Outbox;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The records workers fill in on an open case of their municipality. A risk assessment that finds the child at
 * immediate risk raises an emergency-intervention task and asks the emergency shelter for a placement
 * ({@code case.placement-requested}), in the same transaction as the record.
 */
@ApplicationScoped
public class CaseRecordKeeping {

    private final CaseAccess access;
    private final ChildRepository children;
    private final CaseRecordRepository records;
    private final TaskPlanner planner;
    private final Timeline timeline;
    private final Outbox outbox;
    private final SlaConfig sla;
    private final ObjectMapper json;
    private final AuditTrail audit;

    CaseRecordKeeping(CaseAccess access, ChildRepository children, CaseRecordRepository records,
            TaskPlanner planner, Timeline timeline, Outbox outbox, SlaConfig sla, ObjectMapper json,
            AuditTrail audit) {
        this.access = access;
        this.children = children;
        this.records = records;
        this.planner = planner;
        this.timeline = timeline;
        this.outbox = outbox;
        this.sla = sla;
        this.json = json;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<CaseRecord> add(UUID caseId, Caller caller, CaseRecord.Kind kind, Record content,
            boolean immediateRisk) {
        return access.openAt(caseId, caller)
                .invoke(found -> {
                    if (kind == CaseRecord.Kind.DEINSTITUTIONALISATION_ASSESSMENT
                            && found.type != ProtectionCase.Type.DEINSTITUTIONALISATION) {
                        throw RequestRejectedException.conflict("the case is not a deinstitutionalisation case");
                    }
                })
                .chain(found -> {
                    Instant now = Instant.now();
                    CaseRecord record = CaseMapper.toRecord(found, kind, caller.username(), toJson(content), now);
                    Uni<CaseRecord> stored = records.persist(record)
                            .call(r -> audit.record("case-record.recorded", CaseMapper.audited(r, found)))
                            .call(r -> timeline.record(found, kind + "_RECORDED", caller.username(), null, now));
                    return immediateRisk ? stored.call(r -> emergency(found, now)) : stored;
                });
    }

    /**
     * A page of the case's records ({@code limit} of them, read with one more that only tells whether a next page
     * follows; filters as {@link CaseRecordRepository#page}). Each record shown is a child's record read, and
     * audited as such.
     */
    @WithSession
    public Uni<List<CaseRecord>> ofCase(UUID caseId, Caller caller, List<CaseRecord.Kind> kinds, Instant from,
            Instant before, PageCursor after, int limit) {
        return access.visible(caseId, caller)
                .chain(found -> records.page(found.id, kinds, from, before, after, Pages.fetchSize(limit))
                        .call(rows -> audit.record("case-record.listed", Pages.shown(rows, limit).stream()
                                .map(r -> CaseMapper.audited(r, found)).toList())));
    }

    private Uni<Void> emergency(ProtectionCase protectionCase, Instant now) {
        return planner.open(protectionCase, FollowUpTask.Kind.EMERGENCY_INTERVENTION, null, Priority.EMERGENCY,
                null, now.plus(sla.emergencyIntervention()))
                .chain(() -> children.findById(protectionCase.childId))
                .chain(child -> outbox.append(EventType.CASE_PLACEMENT_REQUESTED, protectionCase.id,
                        CaseMapper.toPlacementRequested(protectionCase, child, now), protectionCase.correlationId))
                .chain(() -> timeline.record(protectionCase, "PLACEMENT_REQUESTED", Timeline.PLATFORM,
                        "immediate risk: emergency shelter asked for a placement", now));
    }

    private String toJson(Record content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a validated record could not be written as JSON", e);
        }
    }
}
