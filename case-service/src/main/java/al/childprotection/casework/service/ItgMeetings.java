package al.childprotection.casework.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.casework.domain.ItgMeeting;
import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.mapping.CaseMapper;
import al.childprotection.casework.repository.ItgMeetingRepository;
import al.childprotection.casework.repository.ProtectionCaseRepository;
import al.childprotection.casework.rest.MeetingRequests;
import al.childprotection.contracts.Priority;
import al.childprotection.kit.audit.AuditTrail;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Intersectoral Technical Group meetings on an open case: a decision that names a responsible agency and a due
 * date becomes a task of the case, in the same transaction as the meeting.
 */
@ApplicationScoped
public class ItgMeetings {

    private final ItgMeetingRepository meetings;
    private final ProtectionCaseRepository cases;
    private final CaseAccess access;
    private final TaskPlanner planner;
    private final Timeline timeline;
    private final ObjectMapper json;
    private final AuditTrail audit;

    ItgMeetings(ItgMeetingRepository meetings, ProtectionCaseRepository cases, CaseAccess access,
            TaskPlanner planner, Timeline timeline, ObjectMapper json, AuditTrail audit) {
        this.meetings = meetings;
        this.cases = cases;
        this.access = access;
        this.planner = planner;
        this.timeline = timeline;
        this.json = json;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<ItgMeeting> record(MeetingRequests.Meeting meeting, Caller caller) {
        for (int i = 0; i < meeting.decisions().size(); i++) {
            MeetingRequests.Decision d = meeting.decisions().get(i);
            if ((d.responsibleAgency() == null || d.responsibleAgency().isBlank()) != (d.dueDate() == null)) {
                throw RequestRejectedException.conflicting("decisions[" + i + "].dueDate",
                        "a decision that becomes a task needs both a responsible agency and a due date");
            }
        }
        return access.openNamed(meeting.caseId(), caller)
                .chain(found -> decide(found, meeting.decisions()).chain(decisions -> {
                    Instant now = Instant.now();
                    ItgMeeting stored = new ItgMeeting();
                    stored.id = UUID.randomUUID();
                    stored.caseId = found.id;
                    stored.heldAt = meeting.heldAt();
                    stored.participants = toJson(meeting.participants());
                    stored.decisions = toJson(decisions);
                    stored.recordedBy = caller.username();
                    stored.recordedAt = now;
                    return meetings.persist(stored)
                            .call(m -> audit.record("itg-meeting.recorded", CaseMapper.audited(m, found)))
                            .call(m -> timeline.record(found, "ITG_MEETING",
                            caller.username(), meeting.participants().size() + " agencies, "
                                    + decisions.size() + " decisions",
                            meeting.heldAt()));
                }));
    }

    /** A meeting its reader may see (one of its case's municipality), the reading audited. */
    @WithSession
    public Uni<ItgMeeting> find(UUID id, Caller caller) {
        return meetings.findById(id)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("meeting " + id))
                .call(m -> cases.findById(m.caseId)
                        .invoke(found -> caller.requireWorksIn(found.municipality, "meeting " + id))
                        .chain(found -> audit.record("itg-meeting.read", CaseMapper.audited(m, found))));
    }

    /**
     * A page of the case's meetings ({@code limit} of them, read with one more that only tells whether a next page
     * follows; filters as {@link ItgMeetingRepository#page}). Each meeting shown is a child's record read, and
     * audited as such.
     */
    @WithSession
    public Uni<List<ItgMeeting>> ofCase(UUID caseId, Caller caller, Instant from, Instant before, PageCursor after,
            int limit) {
        return access.visible(caseId, caller)
                .chain(found -> meetings.page(found.id, from, before, after, Pages.fetchSize(limit))
                        .call(rows -> audit.record("itg-meeting.listed", Pages.shown(rows, limit).stream()
                                .map(m -> CaseMapper.audited(m, found))
                                .toList())));
    }

    private Uni<List<MeetingRequests.Decision>> decide(ProtectionCase found, List<MeetingRequests.Decision> asked) {
        List<MeetingRequests.Decision> decided = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (MeetingRequests.Decision d : asked) {
            if (d.dueDate() == null) {
                chain = chain.invoke(() -> decided.add(new MeetingRequests.Decision(d.decision(), null, null, null)));
                continue;
            }
            chain = chain.chain(() -> planner.open(found, FollowUpTask.Kind.MEETING_DECISION,
                    d.decision() + " (" + d.responsibleAgency() + ")", Priority.NORMAL, null, endOf(d.dueDate()))
                    .invoke(task -> decided.add(new MeetingRequests.Decision(d.decision(), d.responsibleAgency(),
                            d.dueDate(), task.id)))
                    .replaceWithVoid());
        }
        return chain.replaceWith(decided);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a validated meeting could not be written as JSON", e);
        }
    }

    private static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusSeconds(1);
    }
}
