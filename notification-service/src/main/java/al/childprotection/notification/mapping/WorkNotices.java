package al.childprotection.notification.mapping;

import static al.childprotection.notification.mapping.NotificationMapper.requirePresent;

import java.time.LocalDate;

import al.childprotection.contracts.CaseStale;
import al.childprotection.contracts.PlacementEscalated;
import al.childprotection.contracts.PlacementOverstayed;
import al.childprotection.contracts.PlacementRequested;
import al.childprotection.contracts.ReferralConsentWithdrawn;
import al.childprotection.contracts.ReferralRedirected;
import al.childprotection.contracts.TaskCancelled;
import al.childprotection.contracts.TaskEscalated;
import al.childprotection.contracts.TaskUnassigned;
import al.childprotection.notification.domain.Notification.Kind;
import al.childprotection.notification.mapping.NoticeText.Language;
import al.childprotection.notification.mapping.NoticeText.Words;
import al.childprotection.notification.mapping.WorkNotice.Audience;

/**
 * What the notices of tasks nobody can take, escalated or cancelled tasks, stale cases, redirected referrals, withdrawn
 * consent and shelter placements say, in English and in Albanian. Who hears them is InboxService's rule. Only ids,
 * codes and times go in: the text is e-mailed.
 */
public final class WorkNotices {

    static final Words PRIORITY = new Words("Priority", "Prioriteti");
    private static final Words TASK = new Words("Task", "Detyra");
    private static final Words DUE = new Words("Due", "Afati");
    private static final Words TASK_ID = new Words("Task id", "ID e detyrës");
    private static final Words CASE_ID = new Words("Case id", "ID e rastit");
    private static final Words REFERRAL_ID = new Words("Referral id", "ID e referimit");
    private static final Words ASSIGNED_TO = new Words("Assigned to", "Caktuar për");
    private static final Words REASON = new Words("Reason", "Arsyeja");
    private static final Words SHELTER = new Words("Shelter", "Streha");
    private static final Words REQUEST_ID = new Words("Request id", "ID e kërkesës");
    private static final Words CHILDREN = new Words("Children", "Fëmijë");
    private static final Words KIND = new Words("Kind", "Lloji");
    private static final Words ANY_SHELTER = new Words("any shelter", "çdo strehë");

    private WorkNotices() {
    }

    public static WorkNotice unassigned(TaskUnassigned task) {
        requirePresent(task.taskId(), "task.unassigned", "taskId");
        requirePresent(task.cpuCode(), "task.unassigned", "cpuCode");
        return new WorkNotice(Kind.TASK_UNASSIGNED, language -> new Words(
                "Nobody can take a follow-up task: ", "Askush nuk mund ta marrë një detyrë ndjekjeje: ").in(language)
                + taskKind(task.kind(), language) + ", " + task.cpuCode(),
                new Words("Nobody in the Child Protection Unit can take this follow-up task: the unit has no active "
                        + "worker or supervisor who may take it. It waits unassigned, and is escalated to SARPC if "
                        + "nobody takes it by its escalation time.",
                        "Askush në Njësinë për Mbrojtjen e Fëmijëve nuk mund ta marrë këtë detyrë ndjekjeje: njësia "
                                + "nuk ka punonjës ose mbikëqyrës aktiv që mund ta marrë. Ajo pret pa u caktuar dhe "
                                + "i përcillet SARPC-së nëse askush nuk e merr deri në kohën e përshkallëzimit."),
                "case")
                .toDo(Audience.SUPERVISOR, new Words("assign the task to a worker of the unit or take it yourself, and "
                        + "ask for the unit's staff to be registered in the directory.",
                        "caktojeni detyrën te një punonjës i njësisë ose merreni vetë, dhe kërkoni që stafi i "
                                + "njësisë të regjistrohet në regjistër."))
                .toDo(Audience.SARPC, new Words("contact the unit or its municipality today, so that somebody takes "
                        + "the task before it is escalated.",
                        "kontaktoni sot njësinë ose bashkinë e saj, që dikush ta marrë detyrën para se të "
                                + "përshkallëzohet."))
                .fact(TASK, language -> taskKind(task.kind(), language))
                .cpu(task.cpuCode(), task.municipality())
                .priority(task.priority())
                .time(DUE, task.dueAt())
                .time(new Words("Escalated at", "Përshkallëzohet më"), task.escalateAt())
                .fact(TASK_ID, task.taskId()).fact(CASE_ID, task.caseId()).fact(REFERRAL_ID, task.referralId())
                .about(task.taskId(), task.caseId(), task.referralId());
    }

    public static WorkNotice escalated(TaskEscalated task) {
        requirePresent(task.taskId(), "task.escalated", "taskId");
        requirePresent(task.cpuCode(), "task.escalated", "cpuCode");
        Words happened = task.reason() == TaskEscalated.Reason.UNASSIGNED
                ? new Words("Nobody took a follow-up task by its escalation time. It is escalated to SARPC.",
                        "Askush nuk e mori një detyrë ndjekjeje deri në kohën e përshkallëzimit. Ajo i përcillet "
                                + "SARPC-së.")
                : new Words("A follow-up task is still not done, a window after it passed its due time. It is "
                        + "escalated to SARPC.",
                        "Një detyrë ndjekjeje ende nuk është kryer, një periudhë pasi kaloi afatin. Ajo i përcillet "
                                + "SARPC-së.");
        return new WorkNotice(Kind.TASK_ESCALATED, language -> new Words(
                "Follow-up task escalated to SARPC: ", "Detyra e ndjekjes iu përcoll SARPC-së: ").in(language)
                + taskKind(task.kind(), language) + ", " + task.cpuCode(), happened, "case")
                .toDo(Audience.SARPC, new Words("contact the unit's supervisor today and make sure the task is taken "
                        + "and done.", "kontaktoni sot mbikëqyrësin e njësisë dhe sigurohuni që detyra të merret "
                                + "dhe të kryhet."))
                .toDo(Audience.SUPERVISOR, new Words("make sure the task is taken and done now, and be ready to tell "
                        + "SARPC when.", "sigurohuni që detyra të merret dhe të kryhet tani, dhe jini gati t'i "
                                + "tregoni SARPC-së kur."))
                .fact(TASK, language -> taskKind(task.kind(), language))
                .cpu(task.cpuCode(), task.municipality())
                .priority(task.priority())
                .time(DUE, task.dueAt())
                .fact(ASSIGNED_TO, task.assignee())
                .fact(TASK_ID, task.taskId()).fact(CASE_ID, task.caseId()).fact(REFERRAL_ID, task.referralId())
                .about(task.taskId(), task.caseId(), task.referralId());
    }

    public static WorkNotice cancelled(TaskCancelled task) {
        requirePresent(task.taskId(), "task.cancelled", "taskId");
        requirePresent(task.cpuCode(), "task.cancelled", "cpuCode");
        return new WorkNotice(Kind.TASK_CANCELLED, language -> new Words(
                "Follow-up task cancelled: ", "Detyra e ndjekjes u anulua: ").in(language)
                + taskKind(task.kind(), language) + ", " + task.cpuCode(),
                new Words("An open follow-up task was cancelled and will not be done.",
                        "Një detyrë ndjekjeje e hapur u anulua dhe nuk do të kryhet."), "case")
                .toDo(Audience.ASSIGNEE, new Words("stop work on the task; the reason is given here.",
                        "ndaloni punën për detyrën; arsyeja jepet këtu."))
                .toDo(Audience.SUPERVISOR, new Words("check that the reason fits the child's situation; nothing "
                        + "more is needed otherwise.", "kontrolloni që arsyeja t'i përshtatet situatës së fëmijës; "
                                + "përndryshe nuk nevojitet asgjë tjetër."))
                .fact(TASK, language -> taskKind(task.kind(), language))
                .cpu(task.cpuCode(), task.municipality())
                .fact(REASON, task.reason())
                .fact(ASSIGNED_TO, task.assignee())
                .fact(TASK_ID, task.taskId()).fact(CASE_ID, task.caseId()).fact(REFERRAL_ID, task.referralId())
                .about(task.taskId(), task.caseId(), task.referralId());
    }

    public static WorkNotice stale(CaseStale stale) {
        requirePresent(stale.caseId(), "case.stale", "caseId");
        requirePresent(stale.cpuCode(), "case.stale", "cpuCode");
        String since = stale.lastActivityAt() == null ? "?"
                : LocalDate.ofInstant(stale.lastActivityAt(), NotificationMapper.PLATFORM_ZONE).toString();
        return new WorkNotice(Kind.CASE_STALE, language -> new Words("Case without activity since ",
                "Rast pa aktivitet që nga ").in(language) + since + ": " + stale.cpuCode(),
                new Words("An open case has had no activity for the stale window (14 days).",
                        "Një rast i hapur nuk ka pasur aktivitet gjatë periudhës së lejuar (14 ditë)."), "case")
                .toDo(Audience.SUPERVISOR, new Words("look at the case with its worker today: plan the next step, or "
                        + "close the case if the work is done.", "shikojeni rastin sot me punonjësin: planifikoni "
                                + "hapin e radhës, ose mbylleni rastin nëse puna ka përfunduar."))
                .cpu(stale.cpuCode(), stale.municipality())
                .fact(new Words("Worker", "Punonjësi"), stale.worker())
                .time(new Words("Last activity", "Aktiviteti i fundit"), stale.lastActivityAt())
                .fact(CASE_ID, stale.caseId()).fact(REFERRAL_ID, stale.referralId())
                .about(null, stale.caseId(), stale.referralId());
    }

    public static WorkNotice redirected(ReferralRedirected redirect) {
        requirePresent(redirect.referralId(), "referral.redirected", "referralId");
        requirePresent(redirect.toCpuCode(), "referral.redirected", "toCpuCode");
        return new WorkNotice(Kind.REFERRAL_REDIRECTED, language -> new Words("Referral redirected: ",
                "Referimi u ridrejtua: ").in(language) + redirect.fromCpuCode() + " -> " + redirect.toCpuCode(),
                new Words("A referral moved from one Child Protection Unit to another. The first unit's open tasks "
                        + "are cancelled and its case is closed as redirected; the new unit opens a case with a "
                        + "first-contact task.",
                        "Një referim kaloi nga një Njësi për Mbrojtjen e Fëmijëve te një tjetër. Detyrat e hapura "
                                + "të njësisë së parë anulohen dhe rasti i saj mbyllet si i ridrejtuar; njësia e re "
                                + "hap një rast me një detyrë për kontaktin e parë."), "referral")
                .toDo(Audience.SUPERVISOR, new Words("make sure the unit's workers stop work on the child, and give "
                        + "the new unit what it needs to know.", "sigurohuni që punonjësit e njësisë të ndalojnë "
                                + "punën për fëmijën, dhe i jepni njësisë së re atë që duhet të dijë."))
                .toDo(Audience.RECEIVING_SUPERVISOR, new Words("make sure the referral is acknowledged by its "
                        + "deadline and the child's first contact is planned.", "sigurohuni që referimi të "
                                + "konfirmohet brenda afatit dhe që kontakti i parë me fëmijën të jetë planifikuar."))
                .fact(REFERRAL_ID, redirect.referralId())
                .fact(new Words("From", "Nga"), redirect.fromCpuCode())
                .fact(new Words("To", "Te"), redirect.toCpuCode()
                        + (redirect.toMunicipality() == null ? "" : " (" + redirect.toMunicipality() + ")"))
                .fact(REASON, redirect.reason())
                .fact(new Words("Redirected by", "Ridrejtuar nga"), redirect.by())
                .priority(redirect.priority())
                .time(new Words("Acknowledgement deadline", "Afati i konfirmimit"), redirect.acknowledgeBy())
                .about(null, null, redirect.referralId());
    }

    public static WorkNotice consentWithdrawn(ReferralConsentWithdrawn withdrawal) {
        requirePresent(withdrawal.referralId(), "referral.consent-withdrawn", "referralId");
        requirePresent(withdrawal.cpuCode(), "referral.consent-withdrawn", "cpuCode");
        boolean continues = withdrawal.continues();
        Words title = continues
                ? new Words("Consent withdrawn, the referral continues on a legal basis: ",
                        "Pëlqimi u tërhoq, referimi vazhdon mbi një bazë ligjore: ")
                : new Words("Consent withdrawn, the referral is closed: ", "Pëlqimi u tërhoq, referimi u mbyll: ");
        Words happened = continues
                ? new Words("The consent this referral was made with was withdrawn. It continues on the legal basis "
                        + "given here, in the child's best interest.", "Pëlqimi mbi të cilin u bë ky referim u "
                                + "tërhoq. Ai vazhdon mbi bazën ligjore të dhënë këtu, në interesin më të mirë të "
                                + "fëmijës.")
                : new Words("The consent this referral was made with was withdrawn, and there is no legal basis to "
                        + "go on without it. The referral is closed, and its case and tasks with it.",
                        "Pëlqimi mbi të cilin u bë ky referim u tërhoq dhe nuk ka bazë ligjore për të vazhduar pa "
                                + "të. Referimi mbyllet, bashkë me rastin dhe detyrat e tij.");
        Words toDo = continues
                ? new Words("record the withdrawal in the case, and tell the child and the family on which legal "
                        + "basis the work continues.", "regjistroni tërheqjen në rast, dhe i tregoni fëmijës dhe "
                                + "familjes mbi cilën bazë ligjore vazhdon puna.")
                : new Words("stop work on the case; keep only what the law requires.",
                        "ndaloni punën për rastin; ruani vetëm atë që kërkon ligji.");
        return new WorkNotice(Kind.REFERRAL_CONSENT_WITHDRAWN,
                language -> title.in(language) + withdrawal.cpuCode(), happened, "referral")
                .toDo(Audience.SUPERVISOR, toDo).toDo(Audience.ASSIGNEE, toDo)
                .fact(REFERRAL_ID, withdrawal.referralId())
                .cpu(withdrawal.cpuCode(), withdrawal.municipality())
                .fact(new Words("Withdrawn by", "Tërhequr nga"), withdrawal.by())
                .fact(new Words("Legal basis", "Baza ligjore"), withdrawal.legalBasis())
                .time(new Words("Withdrawn at", "Tërhequr më"), withdrawal.at())
                .about(null, null, withdrawal.referralId());
    }

    public static WorkNotice placementRequested(PlacementRequested request) {
        requirePresent(request.requestId(), "placement.requested", "requestId");
        return new WorkNotice(Kind.PLACEMENT_REQUESTED, language -> new Words("New placement request: ",
                "Kërkesë e re për vendosje: ").in(language) + request.children() + ", "
                + (request.shelterCode() == null ? ANY_SHELTER.in(language) : request.shelterCode()),
                new Words("An emergency placement is requested at a shelter.",
                        "Kërkohet një vendosje emergjente në një strehë."), "placement request")
                .toDo(Audience.SHELTER_STAFF, new Words("tell the unit today whether a bed is free, and admit the "
                        + "child; if there is none, say so, so that another shelter is found.", "i tregoni sot "
                                + "njësisë nëse ka shtrat të lirë dhe pranojeni fëmijën; nëse nuk ka, thuajeni, që "
                                + "të gjendet një strehë tjetër."))
                .fact(REQUEST_ID, request.requestId())
                .fact(SHELTER, language -> request.shelterCode() == null ? ANY_SHELTER.in(language)
                        : request.shelterCode())
                .cpu(request.cpuCode(), request.municipality())
                .fact(CHILDREN, request.children())
                .fact(KIND, request.kind())
                .time(new Words("Requested at", "Kërkuar më"), request.requestedAt())
                .fact(REFERRAL_ID, request.referralId()).fact(CASE_ID, request.caseId())
                .about(null, request.caseId(), request.referralId());
    }

    public static WorkNotice placementEscalated(PlacementEscalated request) {
        requirePresent(request.requestId(), "placement.escalated", "requestId");
        return new WorkNotice(Kind.PLACEMENT_ESCALATED, language -> new Words(
                "No shelter bed for an emergency placement: ", "Asnjë shtrat në strehë për një vendosje emergjente: ")
                .in(language) + (request.cpuCode() == null ? request.municipality() : request.cpuCode()),
                new Words("No shelter has room for an emergency placement request. It waits, escalated, at the "
                        + "shelter named here until a bed is free.", "Asnjë strehë nuk ka vend për një kërkesë për "
                                + "vendosje emergjente. Ajo pret, e përshkallëzuar, në strehën e përmendur këtu "
                                + "derisa të lirohet një shtrat."), "placement request")
                .toDo(Audience.SUPERVISOR, new Words("keep the child safe meanwhile (family, relatives, foster care) "
                        + "and stay in touch with the shelter.", "mbajeni fëmijën të sigurt ndërkohë (familja, të "
                                + "afërmit, kujdestaria) dhe qëndroni në kontakt me strehën."))
                .toDo(Audience.SARPC, new Words("find a bed in another shelter, or another safe place for the child, "
                        + "today.", "gjeni sot një shtrat në një strehë tjetër, ose një vend tjetër të sigurt për "
                                + "fëmijën."))
                .fact(REQUEST_ID, request.requestId())
                .fact(SHELTER, request.shelterCode())
                .cpu(request.cpuCode(), request.municipality())
                .fact(CHILDREN, request.children())
                .fact(KIND, request.kind())
                .time(new Words("Escalated at", "Përshkallëzuar më"), request.escalatedAt())
                .fact(REFERRAL_ID, request.referralId()).fact(CASE_ID, request.caseId())
                .about(null, request.caseId(), request.referralId());
    }

    public static WorkNotice overstayed(PlacementOverstayed stay) {
        requirePresent(stay.placementId(), "placement.overstayed", "placementId");
        return new WorkNotice(Kind.PLACEMENT_OVERSTAYED, language -> new Words("Shelter stay past its end: ",
                "Qëndrim në strehë përtej afatit: ").in(language) + stay.shelterCode(),
                new Words("A child is still in the shelter past the end of the stay.",
                        "Një fëmijë është ende në strehë përtej afatit të qëndrimit."), "case")
                .toDo(Audience.SHELTER_STAFF, new Words("contact the child's Child Protection Unit today about "
                        + "discharge or an extension.", "kontaktoni sot Njësinë për Mbrojtjen e Fëmijëve të "
                                + "fëmijës për largimin ose një zgjatje."))
                .toDo(Audience.SUPERVISOR, new Words("decide today with the shelter: discharge and reintegration, an "
                        + "extension, or another placement.", "vendosni sot me strehën: largim dhe riintegrim, "
                                + "zgjatje, ose një vendosje tjetër."))
                .fact(new Words("Placement id", "ID e vendosjes"), stay.placementId())
                .fact(SHELTER, stay.shelterCode())
                .cpu(stay.cpuCode(), stay.municipality())
                .time(new Words("Stay ended", "Qëndrimi përfundoi"), stay.stayEndsAt())
                .fact(REFERRAL_ID, stay.referralId()).fact(CASE_ID, stay.caseId())
                .about(null, stay.caseId(), stay.referralId());
    }

    private static String taskKind(String kind, Language language) {
        return kind == null ? "?" : TaskNotices.kindIn(kind, language);
    }
}
