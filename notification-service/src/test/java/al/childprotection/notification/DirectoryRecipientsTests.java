package al.childprotection.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import al.childprotection.contracts.DirectoryMemberChanged;
import al.childprotection.contracts.DirectoryUnitChanged;
import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralEscalated;
import al.childprotection.contracts.StaffRole;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import al.childprotection.testsupport.Mailbox;
import al.childprotection.testsupport.Partitions;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The recipients are the directory's members, read from the real directory.events topic (decision 19): a member
 * published there is told of what happens in their CPU, in their language, at their address; an entry older than
 * the one held changes nothing; a member who left is told nothing more; units, stations and agencies are ignored,
 * and an entry that can never be a recipient goes to the dead-letter topic. The members here are of CPUs that no
 * real CPU's code names, so that no other reader of the topic mistakes them for staff.
 */
@QuarkusTest
class DirectoryRecipientsTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String TOPIC = "directory.events";
    private static final String DEAD_LETTERS = "directory.events.notification-service.dlt";

    @Inject
    Pool database;

    @Test
    void aMemberPublishedByTheDirectoryIsToldOfAnEscalationInTheirLanguageAtTheirAddress() {
        String cpu = testCpu();
        DirectoryMemberChanged supervisor = DemoPeople.member("test.supervisor-" + suffix(), "Arben Kelmendi",
                StaffRole.CPU_SUPERVISOR, cpu, "Kukës", null, "en");
        DemoPeople.onRecord(database, supervisor);
        assertThat(row(supervisor.username())).isEqualTo(Map.of("display_name", "Arben Kelmendi", "role",
                "CPU_SUPERVISOR", "cpu_code", cpu, "municipality", "Kukës", "language", "en", "email",
                supervisor.email(), "active", true));

        ReferralEscalated escalation = escalate(cpu);
        Mailbox.Mail mail = awaitMail(supervisor.email(), escalation.referralId());
        assertThat(mail.subject()).startsWith("Referral not acknowledged in time: " + cpu);
        assertThat(mail.text()).startsWith("Hello Arben Kelmendi,").contains("escalated to you as the unit's supervisor");
    }

    @Test
    void anEntryOlderThanTheOneHeldChangesNothingAndANewerOneReplacesIt() {
        DirectoryMemberChanged held = DemoPeople.member("test.worker-" + suffix(), "Drita Hasani",
                StaffRole.CPU_WORKER, testCpu(), "Kukës", null, "sq");
        DemoPeople.onRecord(database, held);

        // an older entry read late (a replay, say), then one of another member on the same partition: once that one
        // is held, the older entry has been read
        DirectoryMemberChanged older = changed(held, "Someone Else", "en", false, Instant.now().minusSeconds(3600));
        DirectoryMemberChanged sentinel = new DirectoryMemberChanged(
                "test.sentinel-" + Partitions.codeBeside(TOPIC, held.entryId(), "member:test.sentinel-"), "Sentinel",
                StaffRole.SARPC_ANALYST, null, null, null, "en", null, false,
                Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.DIRECTORY_MEMBER_CHANGED, older.entryId(), older);
            publisher.publish(EventType.DIRECTORY_MEMBER_CHANGED, sentinel.entryId(), sentinel);
        }
        DemoPeople.awaitHeld(database, sentinel);
        assertThat(row(held.username())).containsEntry("display_name", "Drita Hasani").containsEntry("language", "sq")
                .containsEntry("active", true);

        DirectoryMemberChanged newer = changed(held, "Drita Hasani-Kola", "en", true, Instant.now().plusSeconds(1));
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.DIRECTORY_MEMBER_CHANGED, newer.entryId(), newer);
        }
        DemoPeople.awaitHeld(database, newer);
        assertThat(row(held.username())).containsEntry("display_name", "Drita Hasani-Kola")
                .containsEntry("language", "en");
    }

    @Test
    void aMemberWhoLeftIsToldNothingMoreAndTheirCpuEscalatesToSarpc() {
        String cpu = testCpu();
        DirectoryMemberChanged supervisor = DemoPeople.member("test.supervisor-" + suffix(), "Besa Gashi",
                StaffRole.CPU_SUPERVISOR, cpu, "Kukës", null, "sq");
        DemoPeople.onRecord(database, supervisor);
        DirectoryMemberChanged left = changed(supervisor, "Besa Gashi", "sq", false, Instant.now().plusSeconds(1));
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.DIRECTORY_MEMBER_CHANGED, left.entryId(), left);
        }
        DemoPeople.awaitHeld(database, left);
        assertThat(row(supervisor.username())).containsEntry("active", false);

        ReferralEscalated escalation = escalate(cpu);
        Mailbox.Mail toSarpc = awaitMail("sarpc.analyst@demo.childprotection.al", escalation.referralId());
        assertThat(toSarpc.subject()).endsWith("no supervisor on record");
        // every notice of the event was written in the one transaction that wrote SARPC's
        assertThat(noticesTo(supervisor.username(), escalation.referralId())).isZero();
    }

    @Test
    void unitsStationsAndAgenciesAreIgnoredAndAnEntryThatCannotBeARecipientIsADeadLetter() {
        String code = testCpu();
        DirectoryUnitChanged unit = new DirectoryUnitChanged(code, "Njësia test", "Kukës", null, true, Instant.now());
        DirectoryMemberChanged withoutCpu = new DirectoryMemberChanged("test.worker-" + suffix(), "Pa Njësi",
                StaffRole.CPU_WORKER, null, null, null, "sq", null, true, Instant.now());
        String poison = "{\"not\":\"a cloud event\",\"marker\":\"" + UUID.randomUUID() + "\"}";
        try (EventTap deadLetters = EventTap.on(DEAD_LETTERS); EventPublisher publisher = new EventPublisher()) {
            String unitEvent = publisher.publish(EventType.DIRECTORY_UNIT_CHANGED, unit.entryId(), unit);
            publisher.publishRaw(TOPIC, unit.entryId(), poison);
            String memberEvent = publisher.publish(EventType.DIRECTORY_MEMBER_CHANGED, withoutCpu.entryId(),
                    withoutCpu);

            // the unit's entry came before the poison, on the same partition: had it failed, it would be here first
            ConsumerRecord<String, String> dead = deadLetters.await(r -> poison.equals(r.value()), PATIENCE);
            assertThat(EventTap.header(dead, "dead-letter-topic")).isEqualTo(TOPIC);
            ConsumerRecord<String, String> incomplete = deadLetters.await(
                    r -> memberEvent.equals(EventTap.header(r, "ce_id")), PATIENCE);
            assertThat(EventTap.header(incomplete, "dead-letter-reason")).contains("without cpuCode");
            assertThat(deadLetters.all(Duration.ZERO)).noneMatch(r -> unitEvent.equals(EventTap.header(r, "ce_id")));
        }
        assertThat(database.preparedQuery("select 1 from recipient where username = $1")
                .execute(Tuple.of(withoutCpu.username())).await().atMost(PATIENCE)).isEmpty();
    }

    private static ReferralEscalated escalate(String cpu) {
        ReferralEscalated escalation = EscalationSamples.toTheSupervisor(cpu, "Kukës", Priority.NORMAL,
                Instant.now().minus(Duration.ofMinutes(5)));
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_ESCALATED, escalation.referralId(), escalation,
                    EscalationSamples.correlationId(escalation));
        }
        return escalation;
    }

    private static DirectoryMemberChanged changed(DirectoryMemberChanged m, String displayName, String language,
            boolean active, Instant at) {
        return new DirectoryMemberChanged(m.username(), displayName, m.role(), m.cpuCode(), m.municipality(),
                m.shelterCode(), language, m.email(), active, at.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    }

    private Map<String, Object> row(String username) {
        Row row = database.preparedQuery("select display_name, role, cpu_code, municipality, language, email, active "
                + "from recipient where username = $1").execute(Tuple.of(username)).await().atMost(PATIENCE)
                .iterator().next();
        return Map.of("display_name", row.getString("display_name"), "role", row.getString("role"), "cpu_code",
                row.getString("cpu_code"), "municipality", row.getString("municipality"), "language",
                row.getString("language"), "email", row.getString("email"), "active", row.getBoolean("active"));
    }

    private long noticesTo(String username, UUID referralId) {
        return database.preparedQuery("select count(*) from notification where recipient = $1 and referral_id = $2")
                .execute(Tuple.of(username, referralId)).await().atMost(PATIENCE).iterator().next().getLong(0);
    }

    private static Mailbox.Mail awaitMail(String address, UUID referralId) {
        return await().atMost(PATIENCE).until(() -> Mailbox.of(address).stream()
                .filter(m -> m.text().contains(referralId.toString())).toList(), found -> found.size() == 1).get(0);
    }

    private static String testCpu() {
        return "cpu-test-" + suffix();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
