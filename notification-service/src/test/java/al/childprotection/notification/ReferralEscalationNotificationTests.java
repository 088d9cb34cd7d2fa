package al.childprotection.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralAcknowledged;
import al.childprotection.contracts.ReferralEscalated;
import al.childprotection.contracts.StaffRole;
import al.childprotection.notification.domain.Notification;
import al.childprotection.notification.rest.NotificationView;
import al.childprotection.testsupport.EventPublisher;
import al.childprotection.testsupport.EventTap;
import al.childprotection.testsupport.Mailbox;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;

/**
 * A referral.escalated event on the real referral.events topic notifies the supervisors of the referral's CPU,
 * then SARPC, in their inboxes (read with real Keycloak tokens) and by real e-mail (GreenMail). Nobody else hears
 * of it; each reads it in their own language; a redelivery changes nothing; a CPU without a supervisor goes to
 * SARPC at once; poison goes to the DLT. No e-mail names the child.
 */
@QuarkusTest
class ReferralEscalationNotificationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String TOPIC = "referral.events";
    private static final String DEAD_LETTERS = "referral.events.notification-service.dlt";

    private static final String TIRANA_SUPERVISOR = "cpu.tirana.supervisor";
    private static final String TIRANA_WORKER = "cpu.tirana.worker1";
    private static final String DURRES_SUPERVISOR = "cpu.durres.supervisor";
    private static final String SARPC = "sarpc.analyst";

    /** The child of these referrals, known to referral-service only: no event carries her name, no e-mail may. */
    private static final String CHILD_NAME = "Arta";

    /**
     * A supervisor of a CPU of these tests only (a code no real CPU has), who reads Albanian. They have
     * no login in the realm, so what they read is checked in their mailbox.
     */
    private static final String ALBANIAN_SUPERVISOR = "test.kukes.supervisor";
    private static final String ALBANIAN_CPU = "cpu-test-kukes";

    @Inject
    Pool database;

    /** Puts the Albanian-reading supervisor on record, through the directory. */
    @BeforeEach
    void albanianSupervisorOnRecord() {
        DemoPeople.onRecord(database, DemoPeople.member(ALBANIAN_SUPERVISOR, "Drita Hasani", StaffRole.CPU_SUPERVISOR,
                ALBANIAN_CPU, "Kukës", null, "sq"));
    }

    /** A referral.escalated payload whose referral id is not a UUID: JSON, but not an escalation. */
    record NotAnEscalation(String referralId, String cpuCode) {
    }

    @Test
    void aFirstEscalationReachesTheSupervisorOfTheCpuAndNobodyElse() {
        // November: Tirana is UTC+1
        ReferralEscalated escalation = EscalationSamples.toTheSupervisor("cpu-tirane", "Tiranë", Priority.NORMAL,
                Instant.parse("2026-11-29T13:00:00Z"));
        publish(escalation);

        // the demo CPU staff read Albanian
        String title = "Referimi nuk u konfirmua brenda afatit: cpu-tirane, afati 2026-11-29 14:00 (Europe/Tirane)";
        NotificationView notice = awaitOnly(TIRANA_SUPERVISOR, escalation.referralId());
        assertThat(notice).usingRecursiveComparison().ignoringFields("id", "createdAt", "body", "emailStatus")
                .isEqualTo(new NotificationView(null, TIRANA_SUPERVISOR, Notification.Kind.REFERRAL_ESCALATED, title,
                        null, null, null, escalation.referralId(), null, null, null));
        assertThat(notice.body()).contains("Përshëndetje Mirela Dervishi,", "ju përcillet juve si mbikëqyrës",
                "ID e referimit: " + escalation.referralId(), "Njësia për Mbrojtjen e Fëmijëve: cpu-tirane (Tiranë)",
                "Prioriteti: NORMAL", "Afati i konfirmimit: 2026-11-29 14:00 (Europe/Tirane)",
                "Përcjellë te: mbikëqyrësi i njësisë", "Çfarë duhet bërë: sigurohuni që referimi të konfirmohet tani",
                "Hapni referimin në platformën e mbrojtjes së fëmijëve");

        List<Mailbox.Mail> mails = awaitMails(TIRANA_SUPERVISOR, escalation.referralId(), 1);
        assertThat(mails.get(0).subject()).isEqualTo(title);
        assertThat(mails.get(0).from()).contains("no-reply@childprotection.al");
        assertThat(mails.get(0).text()).contains(escalation.referralId().toString(), "cpu-tirane (Tiranë)",
                "Çfarë duhet bërë:");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(InboxJson.notification(as(TIRANA_SUPERVISOR)
                .get("/inbox/{id}", notice.id()).then().statusCode(200).extract().response()).emailStatus())
                .isEqualTo(Notification.EmailStatus.SENT));

        // every notice of the event was written in the one transaction that wrote the supervisor's
        for (String nobody : List.of(TIRANA_WORKER, DURRES_SUPERVISOR, SARPC)) {
            assertThat(notices(nobody, escalation.referralId())).as(nobody).isEmpty();
            assertThat(mailsMentioning(nobody, escalation.referralId())).as(nobody).isEmpty();
        }
    }

    @Test
    void aSecondEscalationReachesSarpcAndTellsTheSupervisorThatItWentThere() {
        ReferralEscalated first = EscalationSamples.toTheSupervisor("cpu-tirane", "Tiranë", Priority.EMERGENCY,
                Instant.parse("2026-07-01T08:30:00Z"));
        ReferralEscalated second = EscalationSamples.toSarpc(first, Duration.ofHours(2));
        publish(first);
        publish(second);

        // summer: Tirana is UTC+2
        String title = "EMERGENCY - Referral not acknowledged in time: cpu-tirane, due 2026-07-01 12:30 "
                + "(Europe/Tirane), escalated to SARPC";
        NotificationView atSarpc = awaitOnly(SARPC, second.referralId());
        assertThat(atSarpc.kind()).isEqualTo(Notification.Kind.REFERRAL_ESCALATED);
        assertThat(atSarpc.title()).isEqualTo(title);
        assertThat(atSarpc.body()).contains("Hello Ilir Prifti,", "even after it was escalated to the unit's supervisor",
                "Priority: EMERGENCY", "Acknowledgement deadline: 2026-07-01 12:30 (Europe/Tirane)",
                "Escalated to: SARPC", "What to do: contact the unit's supervisor");

        List<NotificationView> supervisors = notices(TIRANA_SUPERVISOR, first.referralId());
        // the supervisor reads Albanian
        String toSarpc = "EMERGJENCË - Referimi nuk u konfirmua brenda afatit: cpu-tirane, afati 2026-07-01 12:30 "
                + "(Europe/Tirane), iu përcoll SARPC-së";
        assertThat(supervisors).extracting(NotificationView::title).containsExactlyInAnyOrder(
                "EMERGJENCË - Referimi nuk u konfirmua brenda afatit: cpu-tirane, afati 2026-07-01 10:30 "
                        + "(Europe/Tirane)", toSarpc);
        assertThat(supervisors).filteredOn(n -> n.title().equals(toSarpc)).singleElement()
                .satisfies(n -> assertThat(n.body()).contains("Tani ai i përcillet SARPC-së", "Përcjellë te: SARPC"));

        assertThat(awaitMails(SARPC, second.referralId(), 1)).extracting(Mailbox.Mail::subject).containsExactly(title);
        assertThat(awaitMails(TIRANA_SUPERVISOR, first.referralId(), 2)).hasSize(2);
        for (String nobody : List.of(TIRANA_WORKER, DURRES_SUPERVISOR)) {
            assertThat(notices(nobody, first.referralId())).as(nobody).isEmpty();
        }
    }

    @Test
    void aSecondEscalationReachesEachReaderInTheirOwnLanguage() {
        ReferralEscalated first = EscalationSamples.toTheSupervisor(ALBANIAN_CPU, "Kukës", Priority.NORMAL,
                Instant.parse("2026-11-29T13:00:00Z"));
        ReferralEscalated second = EscalationSamples.toSarpc(first, Duration.ofHours(24));
        publish(first);
        publish(second);

        // the Kukës supervisor reads Albanian: both e-mails, the second telling that it went to SARPC
        List<Mailbox.Mail> albanian = awaitMails(ALBANIAN_SUPERVISOR, first.referralId(), 2);
        assertThat(albanian).extracting(Mailbox.Mail::subject).containsExactlyInAnyOrder(
                "Referimi nuk u konfirmua brenda afatit: cpu-test-kukes, afati 2026-11-29 14:00 (Europe/Tirane)",
                "Referimi nuk u konfirmua brenda afatit: cpu-test-kukes, afati 2026-11-30 14:00 (Europe/Tirane), "
                        + "iu përcoll SARPC-së");
        assertThat(albanian).allSatisfy(mail -> assertThat(mail.text()).startsWith("Përshëndetje Drita Hasani,")
                .contains("ID e referimit: " + first.referralId(),
                        "Njësia për Mbrojtjen e Fëmijëve: cpu-test-kukes (Kukës)",
                        "Prioriteti: NORMAL", "Çfarë duhet bërë: ", "Hapni referimin në platformën")
                .doesNotContain("Hello", "Referral id", "What to do", "Open the referral", CHILD_NAME));
        assertThat(albanian).filteredOn(mail -> mail.subject().endsWith("SARPC-së")).singleElement()
                .satisfies(mail -> assertThat(mail.text()).contains("Tani ai i përcillet SARPC-së",
                        "Afati i konfirmimit: 2026-11-30 14:00 (Europe/Tirane)", "Përcjellë te: SARPC"));

        // SARPC reads English, from the same event
        String title = "Referral not acknowledged in time: cpu-test-kukes, due 2026-11-30 14:00 (Europe/Tirane), "
                + "escalated to SARPC";
        NotificationView atSarpc = awaitOnly(SARPC, second.referralId());
        assertThat(atSarpc.title()).isEqualTo(title);
        assertThat(atSarpc.body()).startsWith("Hello Ilir Prifti,").contains("Referral id: " + second.referralId(),
                "Child Protection Unit: cpu-test-kukes (Kukës)", "Escalated to: SARPC", "What to do: contact the unit's")
                .doesNotContain("Përshëndetje", "Referimi", CHILD_NAME);
        Mailbox.Mail english = awaitMails(SARPC, second.referralId(), 1).get(0);
        assertThat(english.subject()).isEqualTo(title);
        assertThat(english.text()).startsWith("Hello Ilir Prifti,").contains("Open the referral")
                .doesNotContain("Përshëndetje", CHILD_NAME);
    }

    @Test
    void theSameEscalationDeliveredTwiceGivesOneNoticeAndOneEmail() {
        ReferralEscalated first = EscalationSamples.toTheSupervisor("cpu-tirane", "Tiranë", Priority.NORMAL,
                Instant.now().minus(Duration.ofMinutes(5)));
        ReferralEscalated second = EscalationSamples.toSarpc(first, Duration.ofHours(24));
        try (EventPublisher publisher = new EventPublisher()) {
            String eventId = publisher.publish(EventType.REFERRAL_ESCALATED, first.referralId(), first,
                    EscalationSamples.correlationId(first));
            publisher.publish(EventType.REFERRAL_ESCALATED, first.referralId(), first,
                    EscalationSamples.correlationId(first), eventId);
            // same key, same partition: once SARPC has this one, both copies above have been handled
            publisher.publish(EventType.REFERRAL_ESCALATED, second.referralId(), second,
                    EscalationSamples.correlationId(second));
        }

        awaitOnly(SARPC, second.referralId());
        List<NotificationView> supervisors = notices(TIRANA_SUPERVISOR, first.referralId());
        assertThat(supervisors).hasSize(2);
        assertThat(supervisors).filteredOn(n -> !n.title().endsWith("iu përcoll SARPC-së")).hasSize(1);

        await().atMost(PATIENCE).until(() -> notices(TIRANA_SUPERVISOR, first.referralId()).stream()
                .allMatch(n -> n.emailStatus() == Notification.EmailStatus.SENT));
        assertThat(mailsMentioning(TIRANA_SUPERVISOR, first.referralId())).hasSize(2);
    }

    @Test
    void otherReferralEventsAreIgnored() {
        ReferralEscalated escalation = EscalationSamples.toTheSupervisor("cpu-tirane", "Tiranë", Priority.NORMAL,
                Instant.now().minus(Duration.ofMinutes(5)));
        UUID referralId = escalation.referralId();
        try (EventPublisher publisher = new EventPublisher()) {
            publisher.publish(EventType.REFERRAL_ACKNOWLEDGED, referralId, new ReferralAcknowledged(referralId,
                    "cpu-tirane", "Tiranë", TIRANA_SUPERVISOR, Instant.now()), EscalationSamples.correlationId(escalation));
            publisher.publish(EventType.REFERRAL_ESCALATED, referralId, escalation,
                    EscalationSamples.correlationId(escalation));
        }
        assertThat(awaitOnly(TIRANA_SUPERVISOR, referralId).kind()).isEqualTo(Notification.Kind.REFERRAL_ESCALATED);
    }

    @Test
    void aCpuWithoutASupervisorOnRecordEscalatesToSarpcAtOnce() {
        ReferralEscalated escalation = EscalationSamples.toTheSupervisor("cpu-elbasan", "Elbasan", Priority.NORMAL,
                Instant.parse("2026-11-29T13:00:00Z"));
        publish(escalation);

        String title = "Referral not acknowledged in time: cpu-elbasan, due 2026-11-29 14:00 (Europe/Tirane), "
                + "no supervisor on record";
        NotificationView notice = awaitOnly(SARPC, escalation.referralId());
        assertThat(notice.title()).isEqualTo(title);
        assertThat(notice.body()).contains("Hello Ilir Prifti,", "The unit has no supervisor on record",
                "Child Protection Unit: cpu-elbasan (Elbasan)", "Escalated to: SARPC (the unit has no supervisor on record)");
        assertThat(awaitMails(SARPC, escalation.referralId(), 1)).extracting(Mailbox.Mail::subject)
                .containsExactly(title);
        for (String nobody : List.of(TIRANA_SUPERVISOR, DURRES_SUPERVISOR, TIRANA_WORKER)) {
            assertThat(notices(nobody, escalation.referralId())).as(nobody).isEmpty();
        }
    }

    @Test
    void aRecordThatIsNotACloudEventGoesToTheDeadLetterTopicAndDoesNotBlockTheNextEvent() {
        ReferralEscalated escalation = EscalationSamples.toTheSupervisor("cpu-durres", "Durrës", Priority.NORMAL,
                Instant.now().minus(Duration.ofMinutes(5)));
        String key = escalation.referralId().toString();
        String poison = "{\"not\":\"a cloud event\",\"marker\":\"" + UUID.randomUUID() + "\"}";
        try (EventTap deadLetters = EventTap.on(DEAD_LETTERS); EventPublisher publisher = new EventPublisher()) {
            publisher.publishRaw(TOPIC, key, poison);
            publish(publisher, escalation);

            assertThat(awaitOnly(DURRES_SUPERVISOR, escalation.referralId()).body()).contains("Përshëndetje Valbona Shehu,");

            ConsumerRecord<String, String> dead = deadLetters.await(r -> poison.equals(r.value()), PATIENCE);
            assertThat(dead.key()).isEqualTo(key);
            assertThat(EventTap.header(dead, "dead-letter-topic")).isEqualTo(TOPIC);
            assertThat(EventTap.header(dead, "dead-letter-reason")).contains("ce_specversion");
        }
        assertThat(notices(TIRANA_SUPERVISOR, escalation.referralId())).isEmpty();
    }

    @Test
    void anEscalationThatCannotBeReadGoesToTheDeadLetterTopicAtOnce() {
        UUID referralId = UUID.randomUUID();
        NotAnEscalation garbage = new NotAnEscalation("not a referral id " + UUID.randomUUID(), "cpu-tirane");
        ReferralEscalated withoutLevel = new ReferralEscalated(UUID.randomUUID(), "cpu-tirane", "Tiranë",
                Priority.NORMAL, null, Instant.now(), Instant.now());
        try (EventTap deadLetters = EventTap.on(DEAD_LETTERS); EventPublisher publisher = new EventPublisher()) {
            String eventId = publisher.publish(EventType.REFERRAL_ESCALATED, referralId, garbage, "intake-" + referralId);
            publisher.publish(EventType.REFERRAL_ESCALATED, withoutLevel.referralId(), withoutLevel,
                    EscalationSamples.correlationId(withoutLevel));

            ConsumerRecord<String, String> dead = deadLetters.await(r -> referralId.toString().equals(r.key()),
                    PATIENCE);
            assertThat(dead.value()).contains(garbage.referralId());
            assertThat(EventTap.header(dead, "dead-letter-reason")).contains("malformed payload");
            assertThat(EventTap.header(dead, "ce_id")).isEqualTo(eventId);

            ConsumerRecord<String, String> incomplete = deadLetters.await(
                    r -> withoutLevel.referralId().toString().equals(r.key()), PATIENCE);
            assertThat(EventTap.header(incomplete, "dead-letter-reason")).contains("without level");
        }
        assertThat(notices(TIRANA_SUPERVISOR, withoutLevel.referralId())).isEmpty();
    }

    /** Publishes an escalation as referral-service does: on referral.events, keyed by its referral id. */
    private static void publish(ReferralEscalated escalation) {
        try (EventPublisher publisher = new EventPublisher()) {
            publish(publisher, escalation);
        }
    }

    private static void publish(EventPublisher publisher, ReferralEscalated escalation) {
        publisher.publish(EventType.REFERRAL_ESCALATED, escalation.referralId(), escalation,
                EscalationSamples.correlationId(escalation));
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }

    /** A demo user's inbox entries about a referral, read with their own token. */
    private static List<NotificationView> notices(String demoUser, UUID referralId) {
        return InboxJson.notifications(as(demoUser).queryParam("limit", 500).get("/inbox").then().statusCode(200)
                .extract().response()).stream().filter(n -> referralId.equals(n.referralId())).toList();
    }

    /** Waits for a demo user's notice about a referral, and checks it is the only one they have. */
    private static NotificationView awaitOnly(String demoUser, UUID referralId) {
        return await().atMost(PATIENCE).until(() -> notices(demoUser, referralId), found -> !found.isEmpty()).stream()
                .reduce((a, b) -> {
                    throw new AssertionError(demoUser + " has more than one notice of referral " + referralId);
                }).orElseThrow();
    }

    /** Waits until a demo user has {@code count} e-mails mentioning the referral, then checks there are no more. */
    private static List<Mailbox.Mail> awaitMails(String demoUser, UUID referralId, int count) {
        List<Mailbox.Mail> mails = await().atMost(PATIENCE)
                .until(() -> mailsMentioning(demoUser, referralId), found -> found.size() >= count);
        assertThat(mails).hasSize(count);
        return mails;
    }

    /** The e-mails to a demo user whose decoded text mentions the referral (mail of earlier runs stays there). */
    private static List<Mailbox.Mail> mailsMentioning(String demoUser, UUID referralId) {
        return Mailbox.of(demoUser + "@demo.childprotection.al").stream()
                .filter(m -> m.text().contains(referralId.toString())).toList();
    }
}
