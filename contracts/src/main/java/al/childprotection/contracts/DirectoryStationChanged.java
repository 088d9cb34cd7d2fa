package al.childprotection.contracts;

import java.time.Instant;

/** A police station of the directory as it now stands: only an active station records intakes. */
public record DirectoryStationChanged(String code, String name, String municipality, boolean active,
        Instant changedAt) {

    public String entryId() {
        return DirectoryEntries.STATION + code;
    }
}
