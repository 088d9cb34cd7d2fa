package al.childprotection.casework.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.domain.TimelineEntry;
import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.repository.ProtectionCaseRepository;
import al.childprotection.casework.repository.TimelineRepository;
import al.childprotection.kit.audit.AuditTrail;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.scope.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * What happened about a child, across its cases in one municipality: written in the caller's transaction, read per
 * case. Another municipality's cases are never on it, even of the same child (decision 10).
 */
@ApplicationScoped
public class Timeline {

    /** The actor of what the platform did by itself (a referral arriving, the overdue clock). */
    public static final String PLATFORM = "platform";

    /** An entry and the case it belongs to (which may be an earlier case of the same municipality). */
    public record Entry(TimelineEntry entry, ProtectionCase protectionCase) {
    }

    private final TimelineRepository entries;
    private final ProtectionCaseRepository cases;
    private final CaseAccess access;
    private final AuditTrail audit;

    Timeline(TimelineRepository entries, ProtectionCaseRepository cases, CaseAccess access, AuditTrail audit) {
        this.entries = entries;
        this.cases = cases;
        this.access = access;
        this.audit = audit;
    }

    public Uni<Void> record(ProtectionCase protectionCase, String kind, String actor, String note, Instant at) {
        TimelineEntry entry = new TimelineEntry();
        entry.id = UUID.randomUUID();
        entry.caseId = protectionCase.id;
        entry.childId = protectionCase.childId;
        entry.kind = kind;
        entry.actor = actor;
        entry.note = note;
        entry.at = at;
        return entries.persist(entry).replaceWithVoid();
    }

    /**
     * The entries about the child of a case the caller may see, in its municipality, oldest first: {@code fetch} of
     * them after the cursor ({@code null}: from the first); audited.
     */
    @WithSession
    public Uni<List<Entry>> ofCase(UUID caseId, Caller caller, PageCursor after, int fetch) {
        return access.visible(caseId, caller)
                .call(found -> audit.record("case.timeline-read", CaseMapper.audited(found)))
                .chain(found -> entries.aboutChild(found.childId, found.municipality, after, fetch)
                        .chain(list -> cases.byId(list.stream().map(e -> e.caseId).distinct().toList())
                                .map(byId -> list.stream().map(e -> new Entry(e, byId.get(e.caseId))).toList())));
    }
}
