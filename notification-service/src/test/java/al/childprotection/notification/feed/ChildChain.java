package al.childprotection.notification.feed;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import al.childprotection.contracts.CaseOpened;
import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralAcknowledged;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.Situation;
import al.childprotection.contracts.TaskAssigned;
import al.childprotection.testsupport.EventPublisher;

/**
 * One child's way through the platform, as the other services publish it: the police intake, the referral to the
 * CPU, its acknowledgement, the case and the first follow-up task. The child has a known name, date of birth and
 * guardian, so that a test can look for them where they must never appear. Each chain is recorded at its own
 * instant, which finds its intake in the feed.
 */
record ChildChain(UUID intakeId, UUID referralId, UUID caseId, UUID childId, UUID taskId, ChildSummary child,
        String municipality, Instant recordedAt) {

    /** The types of the chain's events, in the order they happen. */
    static final List<String> TYPES = List.of(EventType.INTAKE_RECORDED.ceType(), EventType.REFERRAL_CREATED.ceType(),
            EventType.REFERRAL_ACKNOWLEDGED.ceType(), EventType.CASE_OPENED.ceType(),
            EventType.TASK_ASSIGNED.ceType());

    static ChildChain of(String givenName, String familyName, LocalDate dateOfBirth, Sex sex, String municipality) {
        Instant recordedAt = Instant.parse("2026-11-20T08:00:00Z")
                .plusMillis(ThreadLocalRandom.current().nextLong(Duration.ofDays(5).toMillis()))
                .truncatedTo(ChronoUnit.MILLIS);
        return new ChildChain(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), new ChildSummary(givenName, familyName, dateOfBirth, null, sex), municipality,
                recordedAt);
    }

    /**
     * When each of the chain's events happened, in {@link #TYPES} order. Other services that share the broker may
     * react to the chain's events with events of their own about the same child; these times tell the chain's own.
     */
    List<Instant> times() {
        return List.of(recordedAt, recordedAt.plusSeconds(2), recordedAt.plus(Duration.ofMinutes(20)),
                recordedAt.plus(Duration.ofMinutes(21)), recordedAt.plus(Duration.ofMinutes(22)));
    }

    /** The names and numbers of this child that no ministry may ever receive. */
    List<String> secrets() {
        return List.of(child.givenName(), child.familyName(), child.dateOfBirth().toString(), intakeId.toString(),
                referralId.toString(), caseId.toString(), childId.toString(), taskId.toString());
    }

    String correlationId() {
        return "intake-" + intakeId;
    }

    /** The police intake and the referral it became. */
    void publishIntakeAndReferral(EventPublisher publisher) {
        publisher.publish(EventType.INTAKE_RECORDED, intakeId, new IntakeRecorded(intakeId, "PS-KAMEZ", "Kamëz",
                recordedAt.minus(Duration.ofMinutes(40)), child, municipality, null,
                List.of(Situation.VICTIM, Situation.WITHOUT_PARENTAL_CARE), RiskLevel.MEDIUM, Priority.NORMAL,
                recordedAt), correlationId());
        publisher.publish(EventType.REFERRAL_CREATED, referralId, new ReferralCreated(referralId, intakeId,
                "cpu-tirane", "Njësia për Mbrojtjen e Fëmijëve, Tiranë", municipality, Priority.NORMAL, child,
                List.of(Situation.VICTIM), RiskLevel.MEDIUM, "residence: " + municipality,
                times().get(1), recordedAt.plus(Duration.ofHours(24))), correlationId());
    }

    /** What the CPU does next: acknowledges, and case-service opens a case with a first-contact task. */
    void publishFollowUp(EventPublisher publisher) {
        publisher.publish(EventType.REFERRAL_ACKNOWLEDGED, referralId, new ReferralAcknowledged(referralId,
                "cpu-tirane", municipality, "cpu.tirana.worker1", times().get(2)),
                correlationId());
        publisher.publish(EventType.CASE_OPENED, caseId, new CaseOpened(caseId, childId, referralId, "cpu-tirane",
                municipality, times().get(3)), correlationId());
        publisher.publish(EventType.TASK_ASSIGNED, caseId, new TaskAssigned(taskId, caseId, referralId, "cpu-tirane",
                municipality, "FIRST_CONTACT", "feed.test.worker", false, Priority.NORMAL,
                recordedAt.plus(Duration.ofHours(72)), times().get(4)), correlationId());
    }
}
