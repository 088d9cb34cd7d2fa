package al.childprotection.shelter.service;

import java.util.List;

import al.childprotection.kit.scope.Caller;
import al.childprotection.shelter.domain.KnownReferral;
import al.childprotection.shelter.domain.PlacementRequest;

/**
 * An open request for a referral stands for the child, so that the routing's or the case's request for the same
 * referral adds nothing, only when it could be admitted: it was made for the municipality the referral is with
 * (a request stored for another municipality, or left behind by a redirection, never reaches the responsible CPU),
 * and some shelter has a room that could ever take it (a family larger than every family room waits, escalated,
 * for ever). Otherwise the child gets a request of their own.
 */
public final class StandingRequest {

    private StandingRequest() {
    }

    /** The first of {@code open} that stands for the child, or null. {@code referral}: null when not known here. */
    public static PlacementRequest among(List<PlacementRequest> open, KnownReferral referral,
            List<ShelterBeds> shelters) {
        return open.stream()
                .filter(request -> referral == null
                        || Caller.sameMunicipality(request.municipality, referral.municipality))
                .filter(request -> shelters.stream().anyMatch(s -> s.couldEverHold(request.kind, request.children)))
                .findFirst().orElse(null);
    }
}
