package al.childprotection.notification;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import al.childprotection.contracts.DirectoryMemberChanged;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.StaffRole;
import al.childprotection.testsupport.EventPublisher;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The demo people the tests read the inboxes of (Keycloak users of the realm), as the directory holds them, and
 * the way a test puts a member on record: it publishes the member's directory entry on the real directory.events
 * topic, as referral-service does, and waits until the service has applied it. The entries are the directory's own
 * (the demo people's names, roles, CPUs, languages and addresses), so that publishing them changes nothing for
 * another reader of the topic.
 */
public final class DemoPeople {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static final Map<String, DirectoryMemberChanged> PEOPLE = Stream.of(
            cpu("cpu.tirana.worker1", "Blerina Kola", StaffRole.CPU_WORKER, "cpu-tirane", "Tiranë"),
            cpu("cpu.tirana.worker2", "Dritan Meta", StaffRole.CPU_WORKER, "cpu-tirane", "Tiranë"),
            cpu("cpu.tirana.supervisor", "Mirela Dervishi", StaffRole.CPU_SUPERVISOR, "cpu-tirane", "Tiranë"),
            cpu("cpu.durres.worker", "Gentian Leka", StaffRole.CPU_WORKER, "cpu-durres", "Durrës"),
            cpu("cpu.durres.supervisor", "Valbona Shehu", StaffRole.CPU_SUPERVISOR, "cpu-durres", "Durrës"),
            cpu("cpu.kamez.worker", "Elira Hoxha", StaffRole.CPU_WORKER, "cpu-kamez", "Kamëz"),
            cpu("cpu.kamez.supervisor", "Besnik Basha", StaffRole.CPU_SUPERVISOR, "cpu-kamez", "Kamëz"),
            member("shelter.staff", "Teuta Gjoni", StaffRole.SHELTER_STAFF, null, null, "house-of-colors", "sq"),
            member("sarpc.analyst", "Ilir Prifti", StaffRole.SARPC_ANALYST, null, null, null, "en"))
            .collect(Collectors.toMap(DirectoryMemberChanged::username, Function.identity()));

    private DemoPeople() {
    }

    /** Every demo person above, on record. */
    public static void allOnRecord(Pool database) {
        onRecord(database, PEOPLE.values().toArray(DirectoryMemberChanged[]::new));
    }

    /** A demo person's directory entry, changed now. */
    public static DirectoryMemberChanged entry(String username) {
        DirectoryMemberChanged known = PEOPLE.get(username);
        if (known == null) {
            throw new IllegalArgumentException(username + " is not one of the demo people of these tests");
        }
        return changedNow(known);
    }

    /** A person of the tests only, with no login: what they read is checked in their mailbox. */
    public static DirectoryMemberChanged member(String username, String displayName, StaffRole role, String cpuCode,
            String municipality, String shelterCode, String language) {
        return new DirectoryMemberChanged(username, displayName, role, cpuCode, municipality, shelterCode, language,
                username + "@demo.childprotection.al", true, now());
    }

    /** Publishes the entries on directory.events and waits until each is what the service holds. */
    public static void onRecord(Pool database, DirectoryMemberChanged... members) {
        List<DirectoryMemberChanged> entries = Arrays.stream(members).map(DemoPeople::changedNow).toList();
        try (EventPublisher publisher = new EventPublisher()) {
            entries.forEach(member -> publisher.publish(EventType.DIRECTORY_MEMBER_CHANGED, member.entryId(), member));
        }
        entries.forEach(member -> awaitHeld(database, member));
    }

    /** Waits until the service holds this entry of the member, or a newer one. */
    public static void awaitHeld(Pool database, DirectoryMemberChanged member) {
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(100)).until(() -> database
                .preparedQuery("select 1 from recipient where username = $1 and changed_at >= $2")
                .execute(Tuple.of(member.username(), member.changedAt().atOffset(java.time.ZoneOffset.UTC)))
                .await().atMost(PATIENCE).size() == 1);
    }

    /** The same entry, changed now (a newer state than any published before). */
    private static DirectoryMemberChanged changedNow(DirectoryMemberChanged m) {
        return new DirectoryMemberChanged(m.username(), m.displayName(), m.role(), m.cpuCode(), m.municipality(),
                m.shelterCode(), m.language(), m.email(), m.active(), now());
    }

    private static DirectoryMemberChanged cpu(String username, String displayName, StaffRole role, String cpuCode,
            String municipality) {
        return member(username, displayName, role, cpuCode, municipality, null, "sq");
    }

    /** At the database's precision, so that what is held compares equal to what was published. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
