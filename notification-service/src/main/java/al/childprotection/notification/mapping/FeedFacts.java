package al.childprotection.notification.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import al.childprotection.contracts.CaseStale;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.PlanApproved;
import al.childprotection.contracts.ReferralConsentWithdrawn;
import al.childprotection.contracts.TaskCancelled;
import al.childprotection.contracts.TaskEscalated;
import al.childprotection.contracts.TaskUnassigned;
import al.childprotection.contracts.CaseClosed;
import al.childprotection.contracts.CaseOpened;
import al.childprotection.contracts.CasePlacementRequested;
import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.IntakeCorrected;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.contracts.NrmReferred;
import al.childprotection.contracts.ReferralAccepted;
import al.childprotection.contracts.ReferralAcknowledged;
import al.childprotection.contracts.ReferralClosed;
import al.childprotection.contracts.ReferralCorrected;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.ReferralEscalated;
import al.childprotection.contracts.ReferralRedirected;
import al.childprotection.contracts.ReferralRejected;
import al.childprotection.contracts.ReferralRevoked;
import al.childprotection.contracts.ShelterPlacementNeeded;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.contracts.TaskCompleted;
import al.childprotection.contracts.TaskOverdue;

/**
 * What the ministry feed takes from one event, before anything is reduced: the ids that tell which child it is
 * about (the most upstream first: intake, referral, case, placement), the child's summary where the event carries
 * one (read for the age band and sex, never stored whole), the municipality, and when it happened.
 *
 * @param ids the event's own and related ids; the first one known to the feed gives the child, and every one is
 *        linked to that child for the events that follow. Empty for an event about no child.
 * @param child the child as the event describes them, or null
 * @param residence where the child lives, when the event says so
 */
public record FeedFacts(List<UUID> ids, ChildSummary child, String residence, String municipality, Instant at) {

    /**
     * The event types the ministry feed leaves out on purpose: the directory's entries are about who works where,
     * not about a child (decision 12). Every other type of the contracts is minimised by {@link #of}; a test fails
     * when a type is in neither, and the projection refuses one at run time.
     */
    public static final Set<EventType> NOT_IN_THE_FEED = Collections.unmodifiableSet(EnumSet.of(
            EventType.DIRECTORY_UNIT_CHANGED, EventType.DIRECTORY_STATION_CHANGED, EventType.DIRECTORY_AGENCY_CHANGED,
            EventType.DIRECTORY_MEMBER_CHANGED));

    /** The feed's facts of a payload, or null for a payload the feed does not carry. */
    public static FeedFacts of(Record payload) {
        if (payload instanceof IntakeRecorded e) {
            return new FeedFacts(ids(e.intakeId()), e.child(), e.residenceMunicipality(),
                    firstOf(e.residenceMunicipality(), e.stationMunicipality()), e.recordedAt());
        }
        if (payload instanceof IntakeCorrected e) {
            return new FeedFacts(ids(e.intakeId()), e.child(), e.residenceMunicipality(),
                    firstOf(e.residenceMunicipality(), e.stationMunicipality()), e.correctedAt());
        }
        if (payload instanceof ReferralCreated e) {
            return new FeedFacts(ids(e.intakeId(), e.referralId()), e.child(), null, e.municipality(), e.createdAt());
        }
        if (payload instanceof ReferralCorrected e) {
            return new FeedFacts(ids(e.intakeId(), e.referralId()), e.child(), null, e.municipality(),
                    e.correctedAt());
        }
        if (payload instanceof NrmReferred e) {
            return new FeedFacts(ids(e.intakeId(), e.referralId(), e.nrmReferralId()), e.child(), null,
                    e.municipality(), e.referredAt());
        }
        if (payload instanceof ShelterPlacementNeeded e) {
            return new FeedFacts(ids(e.intakeId(), e.referralId()), e.child(), null, e.municipality(), e.neededAt());
        }
        if (payload instanceof ReferralAcknowledged e) {
            return referral(e.referralId(), e.municipality(), e.at());
        }
        if (payload instanceof ReferralAccepted e) {
            return referral(e.referralId(), e.municipality(), e.at());
        }
        if (payload instanceof ReferralRejected e) {
            return referral(e.referralId(), e.municipality(), e.at());
        }
        if (payload instanceof ReferralRevoked e) {
            return referral(e.referralId(), e.municipality(), e.at());
        }
        if (payload instanceof ReferralRedirected e) {
            return referral(e.referralId(), e.toMunicipality(), e.at());
        }
        if (payload instanceof ReferralClosed e) {
            return referral(e.referralId(), e.municipality(), e.at());
        }
        if (payload instanceof ReferralEscalated e) {
            return referral(e.referralId(), e.municipality(), e.at());
        }
        if (payload instanceof CaseOpened e) {
            return new FeedFacts(ids(e.referralId(), e.caseId()), null, null, e.municipality(), e.openedAt());
        }
        if (payload instanceof TaskAssigned e) {
            return new FeedFacts(ids(e.referralId(), e.caseId()), null, null, e.municipality(), e.assignedAt());
        }
        if (payload instanceof CaseClosed e) {
            return new FeedFacts(ids(e.referralId(), e.caseId()), null, null, e.municipality(), e.closedAt());
        }
        if (payload instanceof TaskCompleted e) {
            return new FeedFacts(ids(e.referralId(), e.caseId()), null, null, e.municipality(), e.completedAt());
        }
        if (payload instanceof TaskOverdue e) {
            return new FeedFacts(ids(e.referralId(), e.caseId()), null, null, e.municipality(), e.detectedAt());
        }
        if (payload instanceof TaskUnassigned e) {
            return new FeedFacts(ids(e.referralId(), e.caseId()), null, null, e.municipality(), e.at());
        }
        if (payload instanceof TaskEscalated e) {
            return new FeedFacts(ids(e.referralId(), e.caseId()), null, null, e.municipality(), e.at());
        }
        if (payload instanceof TaskCancelled e) {
            return new FeedFacts(ids(e.referralId(), e.caseId()), null, null, e.municipality(), e.at());
        }
        if (payload instanceof CaseStale e) {
            return new FeedFacts(ids(e.referralId(), e.caseId()), null, null, e.municipality(), e.detectedAt());
        }
        if (payload instanceof PlanApproved e) {
            return new FeedFacts(ids(e.referralId(), e.caseId()), null, null, e.municipality(), e.approvedAt());
        }
        if (payload instanceof ReferralConsentWithdrawn e) {
            return referral(e.referralId(), e.municipality(), e.at());
        }
        if (payload instanceof CasePlacementRequested e) {
            return new FeedFacts(ids(e.referralId(), e.caseId()), e.child(), null, e.municipality(),
                    e.requestedAt());
        }
        return PlacementFacts.of(payload);
    }

    private static FeedFacts referral(UUID referralId, String municipality, Instant at) {
        return new FeedFacts(ids(referralId), null, null, municipality, at);
    }

    /** The ids that are present, in the order given. */
    static List<UUID> ids(UUID... ids) {
        List<UUID> present = new ArrayList<>();
        for (UUID id : ids) {
            if (id != null && !present.contains(id)) {
                present.add(id);
            }
        }
        return List.copyOf(present);
    }

    private static String firstOf(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    public boolean aboutAChild() {
        return !ids.isEmpty();
    }

    public FeedFacts {
        Objects.requireNonNull(ids, "ids");
    }
}
