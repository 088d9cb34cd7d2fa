package al.childprotection.shelter.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.CaseOpened;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.kit.time.StoredTime;
import al.childprotection.shelter.domain.KnownCase;
import al.childprotection.shelter.domain.KnownReferral;
import al.childprotection.shelter.repository.KnownCaseRepository;
import al.childprotection.shelter.repository.KnownReferralRepository;
import io.smallrye.mutiny.Uni;

/**
 * Where each referral and case belongs, as the events tell it: the facts {@link PlacementScope} checks a
 * placement request's ids against. Runs in the consumer's transaction; a redelivery writes the same facts again.
 */
@ApplicationScoped
public class KnownRecords {

    private final KnownReferralRepository referrals;
    private final KnownCaseRepository cases;

    KnownRecords(KnownReferralRepository referrals, KnownCaseRepository cases) {
        this.referrals = referrals;
        this.cases = cases;
    }

    public Uni<Void> referralCreated(ReferralCreated created) {
        return referrals.findById(created.referralId()).chain(known -> {
            if (known != null) {
                // a later event already said where it is now; the creation adds only the station
                if (known.stationCode == null) {
                    known.stationCode = created.stationCode();
                }
                return Uni.createFrom().voidItem();
            }
            KnownReferral referral = new KnownReferral();
            referral.referralId = created.referralId();
            referral.municipality = created.municipality();
            referral.cpuCode = created.cpuCode();
            referral.stationCode = created.stationCode();
            referral.updatedAt = StoredTime.now();
            return referrals.persist(referral).replaceWithVoid();
        });
    }

    /**
     * The referral is with another CPU now (a redirection), or says again where it is (a correction). One made known
     * only by this event keeps no station: no police team can name it.
     */
    public Uni<Void> referralIsWith(UUID referralId, String cpuCode, String municipality) {
        return referrals.findById(referralId).chain(known -> {
            KnownReferral referral = known != null ? known : new KnownReferral();
            referral.referralId = referralId;
            referral.cpuCode = cpuCode;
            referral.municipality = municipality;
            referral.updatedAt = StoredTime.now();
            return known != null ? Uni.createFrom().voidItem() : referrals.persist(referral).replaceWithVoid();
        });
    }

    public Uni<Void> caseOpened(CaseOpened opened) {
        return cases.findById(opened.caseId()).chain(known -> {
            if (known != null) {
                return Uni.createFrom().voidItem();
            }
            KnownCase kase = new KnownCase();
            kase.caseId = opened.caseId();
            kase.referralId = opened.referralId();
            kase.municipality = opened.municipality();
            kase.cpuCode = opened.cpuCode();
            kase.openedAt = opened.openedAt();
            return cases.persist(kase).replaceWithVoid();
        });
    }
}
