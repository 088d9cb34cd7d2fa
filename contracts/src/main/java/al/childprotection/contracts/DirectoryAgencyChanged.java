package al.childprotection.contracts;

import java.time.Instant;

/**
 * A partner agency of the directory as it now stands: the National Referral Mechanism ({@code NRM}) or a shelter
 * ({@code SHELTER}).
 */
public record DirectoryAgencyChanged(String code, String name, String kind, String municipality, boolean active,
        Instant changedAt) {

    public String entryId() {
        return DirectoryEntries.AGENCY + code;
    }
}
