package al.childprotection.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;
import al.childprotection.contracts.PlacementAdmitted;
import al.childprotection.contracts.Topics;
import io.smallrye.mutiny.Uni;

class EventHandlersTests {

    @Test
    void aConsumerThatLeavesATypeOfItsTopicUndecidedDoesNotStart() {
        EventHandlers handlers = EventHandlers.forTopic(Topics.PLACEMENT)
                .on(EventType.PLACEMENT_ADMITTED, PlacementAdmitted.class, (admitted, event) -> Uni.createFrom()
                        .voidItem());

        assertThatThrownBy(handlers::complete).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(EventType.PLACEMENT_DISCHARGED.ceType())
                .hasMessageNotContaining(EventType.PLACEMENT_ADMITTED.ceType());
    }

    @Test
    void everyTypeOfTheTopicHandledOrIgnoredIsComplete() {
        EventType[] others = Arrays.stream(EventType.values())
                .filter(type -> type.topic().equals(Topics.PLACEMENT) && type != EventType.PLACEMENT_ADMITTED)
                .toArray(EventType[]::new);
        EventHandlers handlers = EventHandlers.forTopic(Topics.PLACEMENT)
                .on(EventType.PLACEMENT_ADMITTED, PlacementAdmitted.class, (admitted, event) -> Uni.createFrom()
                        .voidItem())
                .ignore(others);

        assertThat(handlers.complete().undecided()).isEmpty();
    }

    @Test
    void aTypeOfAnotherTopicCannotBeDeclared() {
        assertThatThrownBy(() -> EventHandlers.forTopic(Topics.PLACEMENT).ignore(EventType.CASE_OPENED))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
