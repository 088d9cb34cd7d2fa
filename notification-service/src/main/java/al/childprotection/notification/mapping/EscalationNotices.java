package al.childprotection.notification.mapping;

import static al.childprotection.notification.mapping.NotificationMapper.dueTime;
import static al.childprotection.notification.mapping.NotificationMapper.requirePresent;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import al.childprotection.contracts.EscalationLevel;
import al.childprotection.contracts.ReferralEscalated;
import al.childprotection.notification.domain.Notification;
import al.childprotection.notification.domain.Recipient;

/**
 * Who hears of a referral that was not acknowledged in time, and what they read. The first escalation goes to
 * the supervisors of the referral's CPU; the second to SARPC, and the supervisors learn that it went there. A CPU
 * with no supervisor on record escalates to SARPC at once: an escalation is never dropped.
 */
public final class EscalationNotices {

    private static final String EVENT = "referral.escalated";

    /** Why a recipient gets the notice: decides the opening paragraph and what they are asked to do. */
    enum Audience {
        SUPERVISOR("the unit's supervisor",
                "A referral to your Child Protection Unit was not acknowledged by its deadline. It is escalated to "
                        + "you as the unit's supervisor.",
                "make sure the referral is acknowledged now, by a worker of the unit or by you, and that the "
                        + "child's first contact is planned; if the child belongs to another unit, redirect the "
                        + "referral there. If it stays unacknowledged, it is escalated to SARPC."),
        SARPC_FOR_UNIT_WITHOUT_SUPERVISOR("SARPC (the unit has no supervisor on record)",
                "A referral was not acknowledged by its Child Protection Unit by its deadline. The unit has no "
                        + "supervisor on record in the platform, so the escalation comes to SARPC at once.",
                "contact the unit and make sure the referral is acknowledged now and the child's first contact "
                        + "is planned; ask the municipality to register a supervisor for the unit."),
        SARPC("SARPC",
                "A referral was not acknowledged by its Child Protection Unit, even after it was escalated to the "
                        + "unit's supervisor. It is now escalated to SARPC.",
                "contact the unit's supervisor today and make sure the referral is acknowledged and the child's "
                        + "first contact is planned; if the unit cannot take the child on, have the referral "
                        + "redirected."),
        SUPERVISOR_AFTER_SARPC("SARPC",
                "The referral escalated to you earlier is still not acknowledged. It is now escalated to SARPC, "
                        + "who will contact you.",
                "acknowledge the referral now, or redirect it if the child belongs to another unit, and be ready "
                        + "to tell SARPC when the child's first contact takes place.");

        private final String escalatedTo;
        private final String situation;
        private final String toDo;

        Audience(String escalatedTo, String situation, String toDo) {
            this.escalatedTo = escalatedTo;
            this.situation = situation;
            this.toDo = toDo;
        }
    }

    private record Addressee(Recipient recipient, Audience audience) {
    }

    /** Nobody on record to escalate to: retrying cannot help, so the event goes to the dead-letter topic. */
    public static final class NobodyToEscalateTo extends IllegalArgumentException {

        private static final long serialVersionUID = 1L;

        NobodyToEscalateTo(ReferralEscalated escalation, String missing) {
            super("referral " + escalation.referralId() + " of " + escalation.cpuCode() + " escalated to "
                    + escalation.level() + ", but " + missing + " is on record");
        }
    }

    private EscalationNotices() {
    }

    /**
     * One notice for each recipient of the escalation (one only, even for somebody found twice), all pointing to
     * the referral and to the event they come from.
     *
     * @param supervisors the supervisors on record for the escalation's CPU
     * @param sarpc everyone at SARPC
     */
    public static List<Notification> of(ReferralEscalated escalation, List<Recipient> supervisors,
            List<Recipient> sarpc, String eventId, String correlationId, Instant now) {
        requirePresent(escalation.referralId(), EVENT, "referralId");
        requirePresent(escalation.cpuCode(), EVENT, "cpuCode");
        requirePresent(escalation.level(), EVENT, "level");
        requirePresent(escalation.deadline(), EVENT, "deadline");

        Map<String, Addressee> addressees = new LinkedHashMap<>();
        if (escalation.level() == EscalationLevel.SUPERVISOR && !supervisors.isEmpty()) {
            add(addressees, supervisors, Audience.SUPERVISOR);
        } else if (escalation.level() == EscalationLevel.SUPERVISOR) {
            requireSomebody(escalation, sarpc, "no supervisor of the unit and nobody at SARPC");
            add(addressees, sarpc, Audience.SARPC_FOR_UNIT_WITHOUT_SUPERVISOR);
        } else {
            requireSomebody(escalation, sarpc, "nobody at SARPC");
            add(addressees, sarpc, Audience.SARPC);
            add(addressees, supervisors, Audience.SUPERVISOR_AFTER_SARPC);
        }
        return addressees.values().stream()
                .map(to -> notice(escalation, to.recipient(), to.audience(), eventId, correlationId, now))
                .toList();
    }

    /** {@code Referral not acknowledged in time: cpu-tirane, due 2026-11-29 14:00 (Europe/Tirane)}. */
    static String title(ReferralEscalated escalation, Audience audience) {
        String title = "Referral not acknowledged in time: " + escalation.cpuCode() + ", due "
                + dueTime(escalation.deadline());
        if (audience == Audience.SARPC_FOR_UNIT_WITHOUT_SUPERVISOR) {
            title += ", no supervisor on record";
        } else if (audience == Audience.SARPC || audience == Audience.SUPERVISOR_AFTER_SARPC) {
            title += ", escalated to SARPC";
        }
        return NotificationMapper.title(escalation.priority(), title);
    }

    private static Notification notice(ReferralEscalated escalation, Recipient recipient, Audience audience,
            String eventId, String correlationId, Instant now) {
        NoticeText text = NoticeText.greeting(recipient.displayName)
                .paragraph(audience.situation)
                .fact("Referral id", escalation.referralId())
                .cpu(escalation.cpuCode(), escalation.municipality())
                .fact("Priority", escalation.priority())
                .fact("Acknowledgement deadline", dueTime(escalation.deadline()));
        if (escalation.at() != null) {
            text.fact("Escalated", dueTime(escalation.at()));
        }
        String body = text.fact("Escalated to", audience.escalatedTo)
                .paragraph("What to do: " + audience.toDo)
                .closing("referral");

        Notification notification = NotificationMapper.notice(Notification.Kind.REFERRAL_ESCALATED,
                recipient.username, recipient, title(escalation, audience), body, correlationId, now);
        notification.referralId = escalation.referralId();
        notification.eventId = eventId;
        return notification;
    }

    /** Somebody already addressed keeps their first (most pressing) audience: one notice per person. */
    private static void add(Map<String, Addressee> addressees, List<Recipient> recipients, Audience audience) {
        recipients.forEach(r -> addressees.putIfAbsent(r.username, new Addressee(r, audience)));
    }

    private static void requireSomebody(ReferralEscalated escalation, List<Recipient> recipients, String missing) {
        if (recipients.isEmpty()) {
            throw new NobodyToEscalateTo(escalation, missing);
        }
    }
}
