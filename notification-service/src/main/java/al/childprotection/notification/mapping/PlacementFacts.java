package al.childprotection.notification.mapping;

/** The feed's facts of the case closure, task and placement events (see {@link FeedFacts}). */
final class PlacementFacts {

    private PlacementFacts() {
    }

    static FeedFacts of(Record payload) {
        return null;
    }
}
