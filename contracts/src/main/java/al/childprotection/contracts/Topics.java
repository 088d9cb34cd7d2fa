package al.childprotection.contracts;

/** One topic per aggregate family; the Kafka key is always the aggregate id. */
public final class Topics {
    public static final String INTAKE = "intake.events";
    public static final String REFERRAL = "referral.events";
    public static final String CASE = "case.events";
    public static final String PLACEMENT = "placement.events";
    public static final String NOTIFICATION = "notification.events";
    /** Compacted: the newest state of every directory entry, keyed by {@code DirectoryEntries}; replayable. */
    public static final String DIRECTORY = "directory.events";

    private Topics() {
    }
}
