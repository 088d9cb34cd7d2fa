package al.childprotection.contracts;

import java.time.Instant;

/**
 * A Child Protection Unit of the directory as it now stands (state, not a delta: the compacted topic keeps the
 * newest per unit). {@code administrativeUnit}: Tiranë's unit, null for a municipality's CPU.
 */
public record DirectoryUnitChanged(String code, String name, String municipality, String administrativeUnit,
        boolean active, Instant changedAt) {

    /** The Kafka key of the entry on the directory topic. */
    public String entryId() {
        return DirectoryEntries.UNIT + code;
    }
}
