package al.childprotection.shelter.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.shelter.domain.KnownCase;
import al.childprotection.shelter.domain.KnownReferral;
import al.childprotection.shelter.domain.PlacementRequest.Origin;
import al.childprotection.shelter.repository.KnownCaseRepository;
import al.childprotection.shelter.repository.KnownReferralRepository;
import io.smallrye.mutiny.Uni;

/**
 * Which referral and case a person may name in a placement request: a CPU worker or supervisor only those of
 * their own municipality, a police team only referrals raised from its own station's intakes (and no case). An id
 * this service has never heard of is refused as well (422), so that a guessed id cannot pass; one that belongs
 * elsewhere is 403. Both name the field, and both come before anything is stored. A referral made moments ago may
 * not have reached this service yet: the 422 says so, and a retry a few seconds later passes (decision 16).
 */
@ApplicationScoped
public class PlacementScope {

    private final KnownReferralRepository referrals;
    private final KnownCaseRepository cases;

    PlacementScope(KnownReferralRepository referrals, KnownCaseRepository cases) {
        this.referrals = referrals;
        this.cases = cases;
    }

    /**
     * The need as it will be stored: its ids checked against the caller ({@code origin} CPU_WORKER: its
     * {@code municipality}; POLICE: its {@code policeStation}); a police team's request takes the referral's
     * municipality, and a request naming only a case takes the case's referral.
     */
    public Uni<PlacementNeed> check(PlacementNeed need) {
        Uni<KnownReferral> referral = need.referralId() == null ? Uni.createFrom().nullItem()
                : referrals.findById(need.referralId());
        Uni<KnownCase> kase = need.caseId() == null ? Uni.createFrom().nullItem() : cases.findById(need.caseId());
        return referral.chain(r -> kase.map(c -> within(need, r, c)));
    }

    private static PlacementNeed within(PlacementNeed need, KnownReferral referral, KnownCase kase) {
        boolean police = need.origin() == Origin.POLICE;
        String municipality = need.municipality();
        if (need.referralId() != null) {
            if (referral == null) {
                throw notKnown("referralId", "referral " + need.referralId());
            }
            boolean own = police ? need.policeStation().equals(referral.stationCode)
                    : Caller.sameMunicipality(municipality, referral.municipality);
            if (!own) {
                throw RequestRejectedException.outOfScope("referralId", "referral " + need.referralId(),
                        referral.municipality);
            }
            if (police && municipality != null && !Caller.sameMunicipality(municipality, referral.municipality)) {
                throw RequestRejectedException.conflicting("municipality", "referral " + need.referralId()
                        + " is with the CPU of " + referral.municipality + "; leave the municipality out");
            }
            municipality = referral.municipality;
        }
        UUID referralId = need.referralId();
        if (need.caseId() != null) {
            if (police) {
                throw RequestRejectedException.outOfScope("caseId",
                        "a case (a police team names the referral of its station's intake)", null);
            }
            if (kase == null) {
                throw notKnown("caseId", "case " + need.caseId());
            }
            if (!Caller.sameMunicipality(municipality, kase.municipality)) {
                throw RequestRejectedException.outOfScope("caseId", "case " + need.caseId(), kase.municipality);
            }
            if (referralId != null && kase.referralId != null && !referralId.equals(kase.referralId)) {
                throw RequestRejectedException.conflicting("caseId", "case " + need.caseId()
                        + " was opened for another referral than " + referralId);
            }
            referralId = referralId != null ? referralId : kase.referralId;
        }
        if (municipality == null) {
            throw RequestRejectedException.invalid("municipality", "the child's municipality is required");
        }
        return new PlacementNeed(need.origin(), need.kind(), need.children(), need.shelterCode(), municipality,
                need.cpuCode(), referralId, need.caseId(), need.policeStation(), need.requestedBy(),
                need.correlationId());
    }

    private static RequestRejectedException notKnown(String field, String what) {
        return RequestRejectedException.conflicting(field, what + " is not known to the shelter service; one made"
                + " in the last few seconds may not have reached it yet: try again shortly");
    }
}
