package al.childprotection.shelter.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import al.childprotection.contracts.ReferralClosed;
import al.childprotection.contracts.ReferralConsentWithdrawn;
import al.childprotection.contracts.ReferralRedirected;
import al.childprotection.contracts.ReferralRejected;
import al.childprotection.contracts.ReferralRevoked;
import al.childprotection.kit.audit.AuditTrail;
import al.childprotection.kit.time.StoredTime;
import al.childprotection.shelter.domain.PlacementRequest;
import al.childprotection.shelter.mapping.PlacementMapper;
import al.childprotection.shelter.repository.PlacementRequestRepository;
import io.smallrye.mutiny.Uni;

/**
 * A referral that ends elsewhere withdraws the placement requests still open for it (decision 18): redirected,
 * revoked by the station, rejected, closed, or its consent withdrawn with no legal basis to go on. Each withdrawn
 * request keeps the reason, and no shelter may admit it or pass it on any more. A redirection withdraws only the
 * requests made for the old CPU's municipality: the new CPU's own request, should it come first, stands.
 * <p>
 * A child already admitted stays in the shelter: the ending of a referral says nothing about where the child is
 * safe tonight, and a discharge records where the child goes, which only the shelter and the CPU can decide. The
 * stay keeps its clock (an overstay is still announced), and the staff discharge the child as for any other stay.
 * <p>
 * In the consuming transaction; an ending met again finds no open request and changes nothing.
 */
@ApplicationScoped
public class ReferralEndings {

    private static final Logger LOG = Logger.getLogger(ReferralEndings.class);

    private final PlacementRequestRepository requests;
    private final AuditTrail audit;

    ReferralEndings(PlacementRequestRepository requests, AuditTrail audit) {
        this.requests = requests;
        this.audit = audit;
    }

    public Uni<Void> redirected(ReferralRedirected redirected) {
        return withdraw(redirected.referralId(),
                request -> !request.municipality.equals(redirected.toMunicipality()),
                "the referral was redirected to " + redirected.toCpuCode() + ": " + redirected.reason());
    }

    public Uni<Void> revoked(ReferralRevoked revoked) {
        return withdraw(revoked.referralId(), request -> true,
                "the referral was revoked by " + revoked.stationCode() + ": " + revoked.reason());
    }

    public Uni<Void> rejected(ReferralRejected rejected) {
        return withdraw(rejected.referralId(), request -> true, "the referral was rejected: " + rejected.reason());
    }

    public Uni<Void> closed(ReferralClosed closed) {
        return withdraw(closed.referralId(), request -> true, "the referral was closed: " + closed.outcome());
    }

    /** With a legal basis to go on, the referral (and the child's need of a bed) goes on: nothing is withdrawn. */
    public Uni<Void> consentWithdrawn(ReferralConsentWithdrawn withdrawn) {
        if (withdrawn.continues()) {
            return Uni.createFrom().voidItem();
        }
        return withdraw(withdrawn.referralId(), request -> true,
                "consent was withdrawn, with no legal basis to go on");
    }

    private Uni<Void> withdraw(UUID referralId, Predicate<PlacementRequest> ends, String reason) {
        return requests.openForReferral(referralId).chain(open -> {
            List<PlacementRequest> ended = open.stream().filter(ends).toList();
            if (ended.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            Instant now = StoredTime.now();
            ended.forEach(request -> request.withdraw(reason, now));
            LOG.infof("%d placement request(s) of referral %s withdrawn: %s", ended.size(), referralId, reason);
            return audit.record("placement-request.withdrawn", ended.stream().map(PlacementMapper::audited).toList());
        });
    }
}
