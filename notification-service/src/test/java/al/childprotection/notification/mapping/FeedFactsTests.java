package al.childprotection.notification.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.EventType;

/**
 * Every event type of the contracts is either minimised into the ministry feed or left out of it on purpose, never
 * both and never neither (decision 12), as every consumer decides about every type of its topic.
 */
class FeedFactsTests {

    @Test
    void everyTypeOfTheContractsIsMinimisedIntoTheFeedOrLeftOutOnPurpose() throws Exception {
        for (EventType type : EventType.values()) {
            boolean minimised = FeedFacts.of(empty(type.payload())) != null;
            boolean leftOut = FeedFacts.NOT_IN_THE_FEED.contains(type);
            assertThat(minimised != leftOut).as(type.ceType() + " minimised: " + minimised + ", left out: " + leftOut)
                    .isTrue();
        }
    }

    @Test
    void theDirectoryNeverReachesTheFeed() {
        assertThat(FeedFacts.NOT_IN_THE_FEED).allMatch(type -> type.ceType().contains(".directory."));
    }

    /** The payload with every field empty: enough to tell whether the feed reads its type. */
    private static Record empty(Class<? extends Record> payload) throws Exception {
        RecordComponent[] components = payload.getRecordComponents();
        Constructor<? extends Record> canonical = payload.getDeclaredConstructor(
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        Object[] values = Arrays.stream(components).map(c -> emptyValue(c.getType())).toArray();
        return canonical.newInstance(values);
    }

    private static Object emptyValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        return null;
    }
}
