package al.childprotection.notification.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EscalationLevel;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralEscalated;
import al.childprotection.notification.domain.Notification;
import al.childprotection.notification.domain.Recipient;
import al.childprotection.notification.domain.Recipient.Language;
import al.childprotection.contracts.StaffRole;

/**
 * Who hears of an escalation when the recipient data is not what the demo realm has: cases the real database of
 * the other tests cannot show without changing it under them.
 */
class EscalationNoticesTests {

    private static final Instant NOW = Instant.parse("2026-11-29T13:05:00Z");

    @Test
    void withNobodyAtSarpcAnEscalationIsRefusedRatherThanDropped() {
        Recipient supervisor = recipient("cpu.tirana.supervisor", StaffRole.CPU_SUPERVISOR, "cpu-tirane", "x@example.al");

        assertThatThrownBy(() -> EscalationNotices.of(escalation(EscalationLevel.SARPC), List.of(supervisor),
                List.of(), "event-1", null, NOW))
                .isInstanceOf(EscalationNotices.NobodyToEscalateTo.class)
                .isInstanceOf(IllegalArgumentException.class) // not retried: straight to the dead-letter topic
                .hasMessageContaining("nobody at SARPC");
        assertThatThrownBy(() -> EscalationNotices.of(escalation(EscalationLevel.SUPERVISOR), List.of(), List.of(),
                "event-1", null, NOW))
                .hasMessageContaining("no supervisor of the unit and nobody at SARPC");
    }

    @Test
    void everySupervisorOfTheCpuHearsOfIt() {
        List<Notification> notices = EscalationNotices.of(escalation(EscalationLevel.SUPERVISOR),
                List.of(recipient("a", StaffRole.CPU_SUPERVISOR, "cpu-tirane", "a@example.al"),
                        recipient("b", StaffRole.CPU_SUPERVISOR, "cpu-tirane", null)),
                List.of(recipient("s", StaffRole.SARPC_ANALYST, null, "s@example.al")), "event-1", "intake-1", NOW);

        assertThat(notices).extracting(n -> n.recipient, n -> n.emailStatus, n -> n.eventId, n -> n.correlationId)
                .containsExactly(
                        tuple("a", Notification.EmailStatus.PENDING, "event-1", "intake-1"),
                        tuple("b", Notification.EmailStatus.NO_ADDRESS, "event-1",
                                "intake-1"));
    }

    @Test
    void somebodyFoundTwiceGetsOneNotice() {
        Recipient both = recipient("s", StaffRole.SARPC_ANALYST, null, "s@example.al");
        List<Notification> notices = EscalationNotices.of(escalation(EscalationLevel.SARPC), List.of(both),
                List.of(both), "event-1", null, NOW);

        assertThat(notices).singleElement().satisfies(n -> assertThat(n.title).endsWith("escalated to SARPC"));
    }

    @Test
    void eachRecipientReadsTheEscalationInTheirOwnLanguage() {
        ReferralEscalated first = new ReferralEscalated(UUID.randomUUID(), "cpu-tirane", "Tiranë", Priority.EMERGENCY,
                EscalationLevel.SARPC, Instant.parse("2026-11-29T13:00:00Z"), NOW);
        List<Notification> notices = EscalationNotices.of(first,
                List.of(recipient("sq-supervisor", StaffRole.CPU_SUPERVISOR, "cpu-tirane", "a@example.al", Language.sq)),
                List.of(recipient("en-analyst", StaffRole.SARPC_ANALYST, null, "s@example.al", Language.en)), "event-1",
                null, NOW);

        assertThat(notices).extracting(n -> n.recipient, n -> n.title).containsExactly(
                tuple("en-analyst", "EMERGENCY - Referral not acknowledged in time: cpu-tirane, due 2026-11-29 "
                        + "14:00 (Europe/Tirane), escalated to SARPC"),
                tuple("sq-supervisor", "EMERGJENCË - Referimi nuk u konfirmua brenda afatit: cpu-tirane, afati "
                        + "2026-11-29 14:00 (Europe/Tirane), iu përcoll SARPC-së"));
        assertThat(notices.get(0).body).startsWith("Hello en-analyst,")
                .contains("It is now escalated to SARPC.", "Referral id: " + first.referralId(),
                        "Acknowledgement deadline: 2026-11-29 14:00 (Europe/Tirane)", "Escalated to: SARPC",
                        "What to do: contact the unit's supervisor today", "Open the referral")
                .doesNotContain("Përshëndetje", "Referimi");
        assertThat(notices.get(1).body).startsWith("Përshëndetje sq-supervisor,")
                .contains("Tani ai i përcillet SARPC-së", "ID e referimit: " + first.referralId(),
                        "Njësia për Mbrojtjen e Fëmijëve: cpu-tirane (Tiranë)", "Prioriteti: EMERGENCY",
                        "Afati i konfirmimit: 2026-11-29 14:00 (Europe/Tirane)", "Përcjellë te: SARPC",
                        "Çfarë duhet bërë: konfirmojeni referimin tani", "Hapni referimin në platformën")
                .doesNotContain("Hello", "Referral id", "What to do", "Open the referral");
    }

    @Test
    void aUnitWithoutSupervisorReachesAnAlbanianReaderAtSarpcInAlbanian() {
        List<Notification> notices = EscalationNotices.of(escalation(EscalationLevel.SUPERVISOR), List.of(),
                List.of(recipient("s", StaffRole.SARPC_ANALYST, null, "s@example.al", Language.sq)), "event-1", null, NOW);

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.title).isEqualTo("Referimi nuk u konfirmua brenda afatit: cpu-tirane, afati 2026-11-29 "
                    + "14:00 (Europe/Tirane), pa mbikëqyrës të regjistruar");
            assertThat(n.body).contains("prandaj referimi i përcillet menjëherë SARPC-së",
                    "Përcjellë te: SARPC (njësia nuk ka mbikëqyrës të regjistruar)");
        });
    }

    @Test
    void anEscalationWithoutADeadlineCannotBecomeANotice() {
        ReferralEscalated noDeadline = new ReferralEscalated(UUID.randomUUID(), "cpu-tirane", "Tiranë",
                Priority.NORMAL, EscalationLevel.SUPERVISOR, null, NOW);
        assertThatThrownBy(() -> EscalationNotices.of(noDeadline, List.of(), List.of(), "event-1", null, NOW))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("referral.escalated event without deadline");
    }

    private static ReferralEscalated escalation(EscalationLevel level) {
        return new ReferralEscalated(UUID.randomUUID(), "cpu-tirane", "Tiranë", Priority.NORMAL, level,
                Instant.parse("2026-11-29T13:00:00Z"), NOW);
    }

    private static Recipient recipient(String username, StaffRole role, String cpuCode, String email) {
        return recipient(username, role, cpuCode, email, Language.en);
    }

    private static Recipient recipient(String username, StaffRole role, String cpuCode, String email, Language language) {
        Recipient recipient = new Recipient();
        recipient.language = language;
        recipient.username = username;
        recipient.role = role;
        recipient.cpuCode = cpuCode;
        recipient.email = email;
        recipient.displayName = username;
        return recipient;
    }
}
