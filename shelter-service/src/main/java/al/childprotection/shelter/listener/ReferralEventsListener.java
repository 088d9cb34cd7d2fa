package al.childprotection.shelter.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Topics;
import al.childprotection.contracts.ReferralClosed;
import al.childprotection.contracts.ReferralConsentWithdrawn;
import al.childprotection.contracts.ReferralCorrected;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.ReferralRedirected;
import al.childprotection.contracts.ReferralRejected;
import al.childprotection.contracts.ReferralRevoked;
import al.childprotection.contracts.ShelterPlacementNeeded;
import al.childprotection.kit.inbox.EventHandlers;
import al.childprotection.kit.inbox.IdempotentConsumer;
import al.childprotection.shelter.domain.BedKind;
import al.childprotection.shelter.domain.PlacementRequest.Origin;
import al.childprotection.shelter.service.KnownRecords;
import al.childprotection.shelter.service.PlacementNeed;
import al.childprotection.shelter.service.PlacementRequestService;
import al.childprotection.shelter.service.ReferralEndings;
import io.smallrye.mutiny.Uni;

/**
 * The routing's emergency with a child at high risk becomes a placement request for a child alone. Where each
 * referral is (its CPU now, the station it came from) is kept, so that a person's request is checked against it.
 * A referral's ending withdraws its open placement requests (decision 18).
 */
@ApplicationScoped
public class ReferralEventsListener {

    private final IdempotentConsumer consumer;
    private final EventHandlers handlers;

    ReferralEventsListener(IdempotentConsumer consumer, PlacementRequestService requests, KnownRecords known,
            ReferralEndings endings) {
        this.consumer = consumer;
        this.handlers = EventHandlers.forTopic(Topics.REFERRAL)
                .on(EventType.REFERRAL_CREATED, ReferralCreated.class,
                        (created, event) -> known.referralCreated(created))
                .on(EventType.REFERRAL_REDIRECTED, ReferralRedirected.class,
                        (moved, event) -> known.referralIsWith(moved.referralId(), moved.toCpuCode(),
                                moved.toMunicipality()).chain(() -> endings.redirected(moved)))
                .on(EventType.REFERRAL_REVOKED, ReferralRevoked.class, (revoked, event) -> endings.revoked(revoked))
                .on(EventType.REFERRAL_REJECTED, ReferralRejected.class,
                        (rejected, event) -> endings.rejected(rejected))
                .on(EventType.REFERRAL_CLOSED, ReferralClosed.class, (closed, event) -> endings.closed(closed))
                .on(EventType.REFERRAL_CONSENT_WITHDRAWN, ReferralConsentWithdrawn.class,
                        (withdrawn, event) -> endings.consentWithdrawn(withdrawn))
                .on(EventType.REFERRAL_CORRECTED, ReferralCorrected.class,
                        (corrected, event) -> known.referralIsWith(corrected.referralId(), corrected.cpuCode(),
                                corrected.municipality()))
                .on(EventType.SHELTER_PLACEMENT_NEEDED, ShelterPlacementNeeded.class,
                        (need, event) -> requests.requestOnce(new PlacementNeed(Origin.ROUTING,
                                BedKind.CHILD_ALONE, 1, null, need.municipality(), need.cpuCode(), need.referralId(),
                                null, need.stationCode(), event.source(), event.correlationId())))
                .ignore(EventType.REFERRAL_ACKNOWLEDGED, EventType.REFERRAL_ACCEPTED, EventType.NRM_REFERRED,
                        EventType.REFERRAL_ESCALATED)
                .complete();
    }

    @Incoming("referral-events")
    public Uni<Void> onReferralEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, handlers);
    }
}
