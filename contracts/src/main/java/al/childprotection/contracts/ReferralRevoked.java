package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/** The police station that sent the referral withdraws it, with a reason. */
public record ReferralRevoked(UUID referralId, String cpuCode, String municipality, String stationCode, String by,
        String reason, Instant at) {
}
