package al.childprotection.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;

import al.childprotection.contracts.DirectoryMemberChanged;
import al.childprotection.contracts.EventSchemas;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.StaffRole;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;

/** The roster is the directory's: members who join take the waiting work, members who leave hand theirs back. */
@QuarkusTest
@ExtendWith(Staff.class)
class RosterTests {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @Test
    void aMemberWhoJoinsTakesTheWaitingTasksAndTheNextAndHandsThemBackToTheSupervisorOnLeaving() throws Exception {
        String cpu = Referrals.aCpuOfItsOwn("cpu-mirdite");
        DirectoryMemberChanged worker = Staff.member(cpu + ".worker", "Drita Marku", StaffRole.CPU_WORKER, cpu,
                "Mirditë");
        DirectoryMemberChanged supervisor = Staff.member(cpu + ".supervisor", "Ardian Gjini",
                StaffRole.CPU_SUPERVISOR, cpu, "Mirditë");
        ReferralCreated first;
        ReferralCreated second;
        ReferralCreated next;
        try (EventTap cases = EventTap.on("case.events")) {
            first = refer(cpu);
            second = refer(cpu);
            JsonNode waitingFirst = Events.data(cases.await(of(EventType.TASK_UNASSIGNED, first), WITHIN));
            JsonNode waitingSecond = Events.data(cases.await(of(EventType.TASK_UNASSIGNED, second), WITHIN));

            Staff.publish(worker);
            JsonNode takenFirst = Events.data(cases.await(of(EventType.TASK_ASSIGNED, first), WITHIN));
            JsonNode takenSecond = Events.data(cases.await(of(EventType.TASK_ASSIGNED, second), WITHIN));
            assertThat(List.of(takenFirst, takenSecond)).allSatisfy(taken -> {
                assertThat(taken.path("assignee").asText()).isEqualTo(worker.username());
                assertThat(taken.path("assignedToSupervisor").asBoolean()).isFalse();
            });
            assertThat(takenFirst.path("taskId").asText()).isEqualTo(waitingFirst.path("taskId").asText());
            assertThat(takenSecond.path("taskId").asText()).isEqualTo(waitingSecond.path("taskId").asText());

            next = refer(cpu);
            JsonNode nextTask = Events.data(cases.await(of(EventType.TASK_ASSIGNED, next), WITHIN));
            assertThat(nextTask.path("assignee").asText()).isEqualTo(worker.username());

            // the worker leaves: each task goes back to the supervisor, recorded and on the timeline
            Staff.publish(supervisor);
            Staff.publish(Staff.changed(worker, false));
            for (JsonNode task : List.of(takenFirst, takenSecond, nextTask)) {
                ConsumerRecord<String, String> back = cases.await(EventTap.ofType(EventType.TASK_ASSIGNED.ceType())
                        .and(r -> r.value().contains(task.path("taskId").asText())
                                && r.value().contains(supervisor.username())), WITHIN);
                assertThat(EventSchemas.violations(EventType.TASK_ASSIGNED.ceType(), back.value())).isEmpty();
                assertThat(Events.data(back).path("assignedToSupervisor").asBoolean()).isTrue();
                assertThat(Database.value("select count(*) from task_reassignment where task_id = ?::uuid"
                        + " and from_assignee = ? and to_assignee = ? and reassigned_by = 'platform'",
                        task.path("taskId").asText(), worker.username(), supervisor.username()))
                        .isEqualTo(1L);
                assertThat(Database.value("select count(*) from case_timeline where case_id = ?::uuid"
                        + " and kind = 'TASK_REASSIGNED' and note like ?", task.path("caseId").asText(),
                        "%" + worker.username() + " left " + cpu + "%")).isEqualTo(1L);
            }

        }
        // with nobody left, the tasks wait again, and say so
        try (EventTap cases = EventTap.on("case.events")) {
            Staff.publish(Staff.changed(supervisor, false));
            for (ReferralCreated referral : List.of(first, second, next)) {
                assertThat(EventSchemas.violations(EventType.TASK_UNASSIGNED.ceType(),
                        cases.await(of(EventType.TASK_UNASSIGNED, referral), WITHIN).value())).isEmpty();
            }
        }
    }

    @Test
    void anEntryOlderThanTheOneHeldIsNotApplied() {
        String cpu = Referrals.aCpuOfItsOwn("cpu-kurbin");
        DirectoryMemberChanged member = Staff.member(cpu + ".worker", "Rudina Cani", StaffRole.CPU_WORKER, cpu,
                "Kurbin");
        Staff.publish(member);
        DirectoryMemberChanged older = new DirectoryMemberChanged(member.username(), member.displayName(),
                member.role(), member.cpuCode(), member.municipality(), null, "sq", member.email(), false,
                member.changedAt().minus(1, ChronoUnit.HOURS));
        DirectoryMemberChanged renamed = new DirectoryMemberChanged(member.username(), "Rudina Cani-Hoxha",
                member.role(), member.cpuCode(), member.municipality(), null, "sq", member.email(), true,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.DIRECTORY_MEMBER_CHANGED, older.entryId(), older);
        }
        // entries of one key are applied in order: once the later one is on the roster, the older one was passed
        Staff.publish(renamed);
        assertThat(Database.value("select display_name from roster_member where username = ? and active",
                member.username())).isEqualTo("Rudina Cani-Hoxha");
    }

    private static ReferralCreated refer(String cpu) {
        ReferralCreated referral = Referrals.to(cpu, "Mirditë", Referrals.aChild(), Priority.NORMAL);
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_CREATED, referral.referralId(), referral,
                    referral.intakeId().toString());
        }
        return referral;
    }

    static Predicate<ConsumerRecord<String, String>> of(EventType type, ReferralCreated referral) {
        return EventTap.ofType(type.ceType())
                .and(r -> referral.intakeId().toString().equals(EventTap.header(r, "ce_correlationid")))
                .and(Events::ours);
    }
}
