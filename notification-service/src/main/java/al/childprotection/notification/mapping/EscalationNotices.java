package al.childprotection.notification.mapping;

import static al.childprotection.notification.mapping.NotificationMapper.dueTime;
import static al.childprotection.notification.mapping.NotificationMapper.requirePresent;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import al.childprotection.contracts.EscalationLevel;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralEscalated;
import al.childprotection.notification.domain.Notification;
import al.childprotection.notification.domain.Recipient;

/**
 * Who hears of a referral that was not acknowledged in time, and what they read. The first escalation goes to
 * the supervisors of the referral's CPU; the second to SARPC, and the supervisors learn that it went there. A CPU
 * with no supervisor on record escalates to SARPC at once: an escalation is never dropped. Each recipient reads
 * their notice in their own language, as task notices are.
 */
public final class EscalationNotices {

    private static final String EVENT = "referral.escalated";

    /**
     * Why a recipient gets the notice: decides the opening paragraph and what they are asked to do, in English
     * and in Albanian.
     */
    enum Audience {
        SUPERVISOR("the unit's supervisor",
                "A referral to your Child Protection Unit was not acknowledged by its deadline. It is escalated to "
                        + "you as the unit's supervisor.",
                "make sure the referral is acknowledged now, by a worker of the unit or by you, and that the "
                        + "child's first contact is planned; if the child belongs to another unit, redirect the "
                        + "referral there. If it stays unacknowledged, it is escalated to SARPC.",
                "mbikëqyrësi i njësisë",
                "Një referim për Njësinë tuaj për Mbrojtjen e Fëmijëve nuk u konfirmua brenda afatit. Ai ju "
                        + "përcillet juve si mbikëqyrës i njësisë.",
                "sigurohuni që referimi të konfirmohet tani, nga një punonjës i njësisë ose nga ju, dhe që "
                        + "kontakti i parë me fëmijën të jetë planifikuar; nëse fëmija i përket një njësie tjetër, "
                        + "ridrejtojeni referimin atje. Nëse mbetet i pakonfirmuar, ai i përcillet SARPC-së."),
        SARPC_FOR_UNIT_WITHOUT_SUPERVISOR("SARPC (the unit has no supervisor on record)",
                "A referral was not acknowledged by its Child Protection Unit by its deadline. The unit has no "
                        + "supervisor on record in the platform, so the escalation comes to SARPC at once.",
                "contact the unit and make sure the referral is acknowledged now and the child's first contact "
                        + "is planned; ask the municipality to register a supervisor for the unit.",
                "SARPC (njësia nuk ka mbikëqyrës të regjistruar)",
                "Një referim nuk u konfirmua brenda afatit nga Njësia e tij për Mbrojtjen e Fëmijëve. Njësia nuk "
                        + "ka mbikëqyrës të regjistruar në platformë, prandaj referimi i përcillet menjëherë "
                        + "SARPC-së.",
                "kontaktoni njësinë dhe sigurohuni që referimi të konfirmohet tani dhe që kontakti i parë me "
                        + "fëmijën të jetë planifikuar; kërkojini bashkisë të regjistrojë një mbikëqyrës për njësinë."),
        SARPC("SARPC",
                "A referral was not acknowledged by its Child Protection Unit, even after it was escalated to the "
                        + "unit's supervisor. It is now escalated to SARPC.",
                "contact the unit's supervisor today and make sure the referral is acknowledged and the child's "
                        + "first contact is planned; if the unit cannot take the child on, have the referral "
                        + "redirected.",
                "SARPC",
                "Një referim nuk u konfirmua nga Njësia e tij për Mbrojtjen e Fëmijëve, edhe pasi iu përcoll "
                        + "mbikëqyrësit të njësisë. Tani ai i përcillet SARPC-së.",
                "kontaktoni sot mbikëqyrësin e njësisë dhe sigurohuni që referimi të konfirmohet dhe që kontakti "
                        + "i parë me fëmijën të jetë planifikuar; nëse njësia nuk mund ta marrë përsipër fëmijën, "
                        + "kërkoni që referimi të ridrejtohet."),
        SUPERVISOR_AFTER_SARPC("SARPC",
                "The referral escalated to you earlier is still not acknowledged. It is now escalated to SARPC, "
                        + "who will contact you.",
                "acknowledge the referral now, or redirect it if the child belongs to another unit, and be ready "
                        + "to tell SARPC when the child's first contact takes place.",
                "SARPC",
                "Referimi që ju është përcjellë më parë ende nuk është konfirmuar. Tani ai i përcillet SARPC-së, "
                        + "e cila do t'ju kontaktojë.",
                "konfirmojeni referimin tani, ose ridrejtojeni nëse fëmija i përket një njësie tjetër, dhe jini "
                        + "gati t'i tregoni SARPC-së kur do të bëhet kontakti i parë me fëmijën.");

        private final String escalatedTo;
        private final String situation;
        private final String toDo;
        private final String escalatedToSq;
        private final String situationSq;
        private final String toDoSq;

        Audience(String escalatedTo, String situation, String toDo, String escalatedToSq, String situationSq,
                String toDoSq) {
            this.escalatedTo = escalatedTo;
            this.situation = situation;
            this.toDo = toDo;
            this.escalatedToSq = escalatedToSq;
            this.situationSq = situationSq;
            this.toDoSq = toDoSq;
        }

        String escalatedTo(Words words) {
            return words == Words.SQ ? escalatedToSq : escalatedTo;
        }

        String situation(Words words) {
            return words == Words.SQ ? situationSq : situation;
        }

        String toDo(Words words) {
            return words == Words.SQ ? toDoSq : toDo;
        }
    }

    /** The words of escalation notices in each language; ids, codes and times stay as they are. */
    enum Words {
        EN(NoticeText.Language.en, "Referral not acknowledged in time: ", ", due ", ", no supervisor on record",
                ", escalated to SARPC", "Referral id", "Priority", "Acknowledgement deadline", "Escalated",
                "Escalated to", "What to do: ", "EMERGENCY - "),
        SQ(NoticeText.Language.sq, "Referimi nuk u konfirmua brenda afatit: ", ", afati ",
                ", pa mbikëqyrës të regjistruar", ", iu përcoll SARPC-së", "ID e referimit", "Prioriteti",
                "Afati i konfirmimit", "Përcjellë më", "Përcjellë te", "Çfarë duhet bërë: ", "EMERGJENCË - ");

        final NoticeText.Language language;
        final String notAcknowledged;
        final String due;
        final String noSupervisor;
        final String toSarpc;
        final String referralId;
        final String priority;
        final String deadline;
        final String escalatedAt;
        final String escalatedTo;
        final String whatToDo;
        final String emergency;

        Words(NoticeText.Language language, String notAcknowledged, String due, String noSupervisor,
                String toSarpc, String referralId, String priority, String deadline, String escalatedAt,
                String escalatedTo, String whatToDo, String emergency) {
            this.language = language;
            this.notAcknowledged = notAcknowledged;
            this.due = due;
            this.noSupervisor = noSupervisor;
            this.toSarpc = toSarpc;
            this.referralId = referralId;
            this.priority = priority;
            this.deadline = deadline;
            this.escalatedAt = escalatedAt;
            this.escalatedTo = escalatedTo;
            this.whatToDo = whatToDo;
            this.emergency = emergency;
        }

        static Words of(Recipient recipient) {
            return NoticeText.Language.of(recipient) == NoticeText.Language.sq ? SQ : EN;
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

    /**
     * {@code Referral not acknowledged in time: cpu-tirane, due 2026-11-29 14:00 (Europe/Tirane)}, or in Albanian
     * {@code Referimi nuk u konfirmua brenda afatit: cpu-tirane, afati 2026-11-29 14:00 (Europe/Tirane)}.
     */
    static String title(ReferralEscalated escalation, Audience audience, Words words) {
        String title = words.notAcknowledged + escalation.cpuCode() + words.due + dueTime(escalation.deadline());
        if (audience == Audience.SARPC_FOR_UNIT_WITHOUT_SUPERVISOR) {
            title += words.noSupervisor;
        } else if (audience == Audience.SARPC || audience == Audience.SUPERVISOR_AFTER_SARPC) {
            title += words.toSarpc;
        }
        return (escalation.priority() == Priority.EMERGENCY ? words.emergency : "") + title;
    }

    private static Notification notice(ReferralEscalated escalation, Recipient recipient, Audience audience,
            String eventId, String correlationId, Instant now) {
        Words words = Words.of(recipient);
        NoticeText text = NoticeText.greeting(recipient.displayName, words.language)
                .paragraph(audience.situation(words))
                .fact(words.referralId, escalation.referralId())
                .cpu(escalation.cpuCode(), escalation.municipality())
                .fact(words.priority, escalation.priority())
                .fact(words.deadline, dueTime(escalation.deadline()));
        if (escalation.at() != null) {
            text.fact(words.escalatedAt, dueTime(escalation.at()));
        }
        String body = text.fact(words.escalatedTo, audience.escalatedTo(words))
                .paragraph(words.whatToDo + audience.toDo(words))
                .closing("referral");

        Notification notification = NotificationMapper.notice(Notification.Kind.REFERRAL_ESCALATED,
                recipient.username, recipient, title(escalation, audience, words), body, correlationId, now);
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
