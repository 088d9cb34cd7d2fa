package al.childprotection.notification.mapping;

import static al.childprotection.notification.mapping.NotificationMapper.dueTime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

import al.childprotection.contracts.Priority;
import al.childprotection.notification.domain.Notification;
import al.childprotection.notification.domain.Recipient;
import al.childprotection.notification.mapping.NoticeText.Language;
import al.childprotection.notification.mapping.NoticeText.Words;

/**
 * One notice of what happens to a task, a case, a referral or a placement, before it is addressed: what happened,
 * the facts, what each audience is asked to do, in English and in Albanian. {@link WorkNotices} writes them, one per
 * event type; {@link #to} addresses one to a recipient in their language.
 */
public final class WorkNotice {

    /** Why a recipient is told: decides what they are asked to do. */
    public enum Audience {
        ASSIGNEE, SHELTER_STAFF, SUPERVISOR, RECEIVING_SUPERVISOR, SARPC,
        /** Nobody else was on record to hear of it, so it came to SARPC. */
        SARPC_INSTEAD
    }

    /** A recipient and why they are told. */
    public record Addressee(Recipient recipient, Audience audience) {
    }

    private static final Words INSTEAD = new Words(
            "Nobody else is on record to hear of it, so it comes to SARPC.",
            "Askush tjetër nuk është i regjistruar për ta marrë këtë njoftim, prandaj ai i vjen SARPC-së.");
    private static final Words INSTEAD_TO_DO = new Words(
            "make sure somebody acts on it today: contact the unit or the shelter named here, and ask for their "
                    + "staff to be registered in the directory.",
            "sigurohuni që dikush të veprojë sot: kontaktoni njësinë ose strehën e përmendur këtu, dhe kërkoni që "
                    + "stafi i tyre të regjistrohet në regjistër.");
    private static final Words WHAT_TO_DO = new Words("What to do: ", "Çfarë duhet bërë: ");
    private static final Words EMERGENCY = new Words("EMERGENCY - ", "EMERGJENCË - ");

    final Notification.Kind kind;
    private final Function<Language, String> title;
    private final Words happened;
    private final Map<Audience, Words> toDo = new EnumMap<>(Audience.class);
    private final List<BiConsumer<NoticeText, Language>> facts = new ArrayList<>();
    private final String closing;
    private Priority priority;
    private UUID taskId;
    private UUID caseId;
    private UUID referralId;

    WorkNotice(Notification.Kind kind, Function<Language, String> title, Words happened, String closing) {
        this.kind = kind;
        this.title = title;
        this.happened = happened;
        this.closing = closing;
    }

    WorkNotice toDo(Audience audience, Words what) {
        toDo.put(audience, what);
        return this;
    }

    WorkNotice fact(Words label, Object value) {
        facts.add((text, language) -> text.fact(label, value));
        return this;
    }

    WorkNotice fact(Words label, Function<Language, Object> value) {
        facts.add((text, language) -> text.fact(label, value.apply(language)));
        return this;
    }

    /** A time, as the platform's zone reads it. */
    WorkNotice time(Words label, Instant at) {
        return fact(label, at == null ? null : dueTime(at));
    }

    /** {@code Child Protection Unit: cpu-tirane (Tiranë)}. */
    WorkNotice cpu(String cpuCode, String municipality) {
        if (cpuCode != null) {
            facts.add((text, language) -> text.cpu(cpuCode, municipality));
        }
        return this;
    }

    WorkNotice priority(Priority priority) {
        this.priority = priority;
        return fact(WorkNotices.PRIORITY, priority);
    }

    WorkNotice about(UUID taskId, UUID caseId, UUID referralId) {
        this.taskId = taskId;
        this.caseId = caseId;
        this.referralId = referralId;
        return this;
    }

    /** The addressee's notice, in their language; {@code eventId} makes it one per recipient and event. */
    public Notification to(Addressee addressee, String eventId, String correlationId, Instant now) {
        Recipient recipient = addressee.recipient();
        Language language = Language.of(recipient);
        NoticeText text = NoticeText.greeting(recipient.displayName, language).paragraph(happened.in(language));
        if (addressee.audience() == Audience.SARPC_INSTEAD) {
            text.paragraph(INSTEAD.in(language));
        }
        facts.forEach(fact -> fact.accept(text, language));
        String body = text.paragraph(WHAT_TO_DO.in(language)
                + toDo.getOrDefault(addressee.audience(), INSTEAD_TO_DO).in(language)).closing(closing);
        String heading = (priority == Priority.EMERGENCY ? EMERGENCY.in(language) : "") + title.apply(language);
        Notification notification = NotificationMapper.notice(kind, recipient.username, recipient, heading, body,
                correlationId, now);
        notification.taskId = taskId;
        notification.caseId = caseId;
        notification.referralId = referralId;
        notification.eventId = eventId;
        return notification;
    }
}
