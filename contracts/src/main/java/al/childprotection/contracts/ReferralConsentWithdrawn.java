package al.childprotection.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * The child or guardian withdrew the consent a referral was made with. With a {@code legalBasis} to go on in the
 * child's best interest the referral continues on that ground; without one ({@code continues} false) it is closed,
 * and its case and tasks with it.
 */
public record ReferralConsentWithdrawn(UUID referralId, String cpuCode, String municipality, String by,
        boolean continues, String legalBasis, Instant at) {
}
