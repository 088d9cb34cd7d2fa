package al.childprotection.intake.listener;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.ReferralAccepted;
import al.childprotection.contracts.ReferralAcknowledged;
import al.childprotection.contracts.ReferralClosed;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.ReferralEscalated;
import al.childprotection.contracts.ReferralRedirected;
import al.childprotection.contracts.ReferralRejected;
import al.childprotection.intake.domain.ReferralStatus;
import al.childprotection.intake.service.ReferralTracking;
import al.childprotection.kit.cloudevents.CloudEvent;
import al.childprotection.kit.cloudevents.EventPayloads;
import al.childprotection.kit.inbox.IdempotentConsumer;
import io.smallrye.mutiny.Uni;

/** The station learns what became of its referrals from referral-service's events, never by calling it. */
@ApplicationScoped
public class ReferralEventsListener {

    private final IdempotentConsumer consumer;
    private final EventPayloads payloads;
    private final ReferralTracking tracking;

    ReferralEventsListener(IdempotentConsumer consumer, EventPayloads payloads, ReferralTracking tracking) {
        this.consumer = consumer;
        this.payloads = payloads;
        this.tracking = tracking;
    }

    @Incoming("referral-events")
    public Uni<Void> onReferralEvent(ConsumerRecord<String, String> record) {
        return consumer.apply(record, this::track);
    }

    private Uni<Void> track(CloudEvent event) {
        EventType type = EventType.ofCeType(event.type()).orElse(null);
        if (type == null) {
            return Uni.createFrom().voidItem(); // a newer event type this service has no use for yet
        }
        return switch (type) {
            case REFERRAL_CREATED -> {
                ReferralCreated created = payloads.read(event, ReferralCreated.class);
                yield tracking.created(created.intakeId(), created.referralId(), created.cpuCode());
            }
            case REFERRAL_ACKNOWLEDGED -> tracking.moved(
                    payloads.read(event, ReferralAcknowledged.class).referralId(), ReferralStatus.ACKNOWLEDGED);
            case REFERRAL_ACCEPTED -> tracking.moved(
                    payloads.read(event, ReferralAccepted.class).referralId(), ReferralStatus.ACCEPTED);
            case REFERRAL_REJECTED -> tracking.moved(
                    payloads.read(event, ReferralRejected.class).referralId(), ReferralStatus.REJECTED);
            case REFERRAL_CLOSED -> tracking.moved(
                    payloads.read(event, ReferralClosed.class).referralId(), ReferralStatus.CLOSED);
            case REFERRAL_REDIRECTED -> {
                ReferralRedirected redirected = payloads.read(event, ReferralRedirected.class);
                yield tracking.redirected(redirected.referralId(), redirected.toCpuCode());
            }
            case REFERRAL_ESCALATED -> tracking.escalated(payloads.read(event, ReferralEscalated.class).referralId());
            default -> Uni.createFrom().voidItem();
        };
    }
}
