package al.childprotection.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import al.childprotection.intake.rest.IntakeRequest;
import al.childprotection.intake.service.IntakeService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.vertx.RunOnVertxContext;
import io.quarkus.test.vertx.UniAsserter;
import io.smallrye.mutiny.Uni;

/** The intake and its event are written in one transaction: when it rolls back, neither exists. */
@QuarkusTest
class OutboxRollbackTests {

    @Inject
    IntakeService intakes;

    @Inject
    ObjectMapper mapper;

    @Test
    @RunOnVertxContext
    void aTransactionThatRollsBackLeavesNoIntakeAndNoEvent(UniAsserter asserter) throws Exception {
        IntakeRequest request = mapper.readValue(IntakeSamples.childLivingIn("Rollback", "Tiranë"), IntakeRequest.class);
        AtomicReference<UUID> written = new AtomicReference<>();

        asserter.assertFailedWith(() -> Panache.withTransaction(() -> intakes
                .record(request, "PS-KAMEZ", "police.kamza", UUID.randomUUID().toString())
                .invoke(recorded -> written.set(recorded.intake().id))
                .chain(recorded -> Uni.createFrom().failure(new IllegalStateException("fails after the writes")))),
                IllegalStateException.class);

        asserter.assertThat(() -> rows("select count(*) from outbox_event where aggregate_id = :id", written.get()),
                count -> assertThat(count).isZero());
        asserter.assertThat(() -> rows("select count(*) from intake where id = cast(:id as uuid)", written.get()),
                count -> assertThat(count).isZero());
    }

    @Test
    @RunOnVertxContext
    void aCommittedIntakeHasItsEventInTheOutbox(UniAsserter asserter) throws Exception {
        IntakeRequest request = mapper.readValue(IntakeSamples.childLivingIn("Committed", "Tiranë"),
                IntakeRequest.class);
        AtomicReference<UUID> written = new AtomicReference<>();

        asserter.execute(() -> intakes.record(request, "PS-KAMEZ", "police.kamza", UUID.randomUUID().toString())
                .invoke(recorded -> written.set(recorded.intake().id)));

        asserter.assertThat(() -> rows("select count(*) from outbox_event where aggregate_id = :id", written.get()),
                count -> assertThat(count).isEqualTo(1L));
    }

    private static Uni<Long> rows(String sql, UUID id) {
        return Panache.withSession(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(sql, Long.class)
                .setParameter("id", id.toString())
                .getSingleResult()));
    }
}
