package al.childprotection.notification.mapping;

import static al.childprotection.notification.mapping.FeedFacts.ids;

import java.util.List;

import al.childprotection.contracts.PlacementEscalated;
import al.childprotection.contracts.PlacementOverstayed;
import al.childprotection.contracts.PlacementAdmitted;
import al.childprotection.contracts.PlacementCapacityChanged;
import al.childprotection.contracts.PlacementDischarged;
import al.childprotection.contracts.PlacementRequested;

/**
 * The feed's facts of the shelter's events (see {@link FeedFacts}). A placement asked for by the police at night,
 * with no referral or case yet, starts a chain of its own; a shelter's capacity is about no child.
 */
final class PlacementFacts {

    private PlacementFacts() {
    }

    static FeedFacts of(Record payload) {
        if (payload instanceof PlacementRequested e) {
            return new FeedFacts(ids(e.referralId(), e.caseId(), e.requestId()), null, null, e.municipality(),
                    e.requestedAt());
        }
        if (payload instanceof PlacementAdmitted e) {
            return new FeedFacts(ids(e.referralId(), e.caseId(), e.requestId(), e.placementId()), null, null,
                    e.municipality(), e.admittedAt());
        }
        if (payload instanceof PlacementDischarged e) {
            return new FeedFacts(ids(e.referralId(), e.caseId(), e.placementId()), null, null, e.municipality(),
                    e.dischargedAt());
        }
        if (payload instanceof PlacementEscalated e) {
            return new FeedFacts(ids(e.referralId(), e.caseId(), e.requestId()), null, null, e.municipality(),
                    e.escalatedAt());
        }
        if (payload instanceof PlacementOverstayed e) {
            return new FeedFacts(ids(e.referralId(), e.caseId(), e.placementId()), null, null, e.municipality(),
                    e.detectedAt());
        }
        if (payload instanceof PlacementCapacityChanged e) {
            return new FeedFacts(List.of(), null, null, null, e.changedAt());
        }
        return null;
    }
}
