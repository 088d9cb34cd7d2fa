package al.childprotection.contracts;

/**
 * The Kafka keys of the compacted directory topic: one key per entry, its kind before its code, so that a station
 * and a CPU that share a code stay two entries.
 */
public final class DirectoryEntries {
    public static final String UNIT = "unit:";
    public static final String STATION = "station:";
    public static final String AGENCY = "agency:";
    public static final String MEMBER = "member:";

    private DirectoryEntries() {
    }
}
