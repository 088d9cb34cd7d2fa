package al.childprotection.casework;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import al.childprotection.contracts.DirectoryMemberChanged;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.StaffRole;
import al.childprotection.testsupport.EventPublisher;

/**
 * The CPU members the tests name, published on the directory topic as referral-service publishes them, and awaited
 * on the roster before the first test of the run (a fresh database holds nobody).
 */
final class Staff implements BeforeEachCallback {

    static final List<DirectoryMemberChanged> MEMBERS = List.of(
            member("cpu.tirana.worker1", "Blerina Kola", StaffRole.CPU_WORKER, "cpu-tirane", "Tiranë"),
            member("cpu.tirana.worker2", "Dritan Meta", StaffRole.CPU_WORKER, "cpu-tirane", "Tiranë"),
            member("cpu.tirana.supervisor", "Mirela Dervishi", StaffRole.CPU_SUPERVISOR, "cpu-tirane", "Tiranë"),
            member("cpu.durres.worker", "Gentian Leka", StaffRole.CPU_WORKER, "cpu-durres", "Durrës"),
            member("cpu.durres.supervisor", "Valbona Shehu", StaffRole.CPU_SUPERVISOR, "cpu-durres", "Durrës"),
            member("cpu.vore.supervisor", "Gentian Muça", StaffRole.CPU_SUPERVISOR, "cpu-vore", "Vorë"),
            member("cpu.lezhe.worker", "Anila Pjetri", StaffRole.CPU_WORKER, "cpu-lezhe", "Lezhë"),
            member("cpu.lezhe.supervisor", "Fatmir Vata", StaffRole.CPU_SUPERVISOR, "cpu-lezhe", "Lezhë"));

    private static volatile boolean onRoster;

    @Override
    public void beforeEach(ExtensionContext context) {
        onRoster();
    }

    static synchronized void onRoster() {
        if (onRoster) {
            return;
        }
        publish(MEMBERS.toArray(DirectoryMemberChanged[]::new));
        onRoster = true;
    }

    /** Publishes the entries and waits until the roster holds each as published. */
    static void publish(DirectoryMemberChanged... members) {
        try (EventPublisher publisher = new EventPublisher()) {
            for (DirectoryMemberChanged member : members) {
                publisher.publish(EventType.DIRECTORY_MEMBER_CHANGED, member.entryId(), member);
            }
        }
        for (DirectoryMemberChanged member : members) {
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                    .until(() -> Database.value("select count(*) from roster_member where username = ? and active = ?"
                            + " and changed_at >= ?", member.username(), member.active(),
                            java.sql.Timestamp.from(member.changedAt())), count -> ((Number) count).intValue() == 1);
        }
    }

    static DirectoryMemberChanged member(String username, String name, StaffRole role, String cpuCode,
            String municipality) {
        return new DirectoryMemberChanged(username, name, role, cpuCode, municipality, null, "sq",
                username + "@demo.childprotection.al", true, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** The same entry, changed now: active or not. */
    static DirectoryMemberChanged changed(DirectoryMemberChanged member, boolean active) {
        return new DirectoryMemberChanged(member.username(), member.displayName(), member.role(), member.cpuCode(),
                member.municipality(), member.shelterCode(), member.language(), member.email(), active,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
