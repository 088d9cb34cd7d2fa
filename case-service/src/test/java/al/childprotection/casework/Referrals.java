package al.childprotection.casework;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.ReferralCorrected;
import al.childprotection.contracts.ReferralCreated;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.Situation;

/** referral.created payloads as referral-service publishes them. */
final class Referrals {

    private Referrals() {
    }

    static ReferralCreated to(String cpuCode, String municipality, ChildSummary child, Priority priority) {
        return made(cpuCode, municipality, child, priority, Instant.now());
    }

    /** A referral made at {@code at}: in the past, its first contact may already be overdue. */
    static ReferralCreated made(String cpuCode, String municipality, ChildSummary child, Priority priority,
            Instant at) {
        Instant now = at.truncatedTo(ChronoUnit.MILLIS);
        return new ReferralCreated(UUID.randomUUID(), UUID.randomUUID(), cpuCode, "CPU " + municipality, municipality,
                priority, child, List.of(Situation.VICTIM), RiskLevel.MEDIUM, "residence: " + municipality, now,
                now.plusSeconds(24 * 3600));
    }

    /** The same referral, the child at {@code risk}. */
    static ReferralCreated atRisk(ReferralCreated r, RiskLevel risk) {
        return new ReferralCreated(r.referralId(), r.intakeId(), r.cpuCode(), r.cpuName(), r.municipality(),
                r.priority(), r.child(), r.situations(), risk, r.routingReason(), r.createdAt(), r.acknowledgeBy());
    }

    /** A CPU code of this test alone: nobody on the shared broker has staffed it. */
    static String aCpuOfItsOwn(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** referral.corrected of {@code referral}: the corrected child, and a priority the correction proposes. */
    static ReferralCorrected corrected(ReferralCreated referral, ChildSummary child, Priority priority) {
        return new ReferralCorrected(referral.referralId(), referral.intakeId(), referral.cpuCode(),
                referral.municipality(), child, referral.situations(), referral.riskLevel(), priority,
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * A child of this test alone: a family name of random letters, so that the matcher never finds another test's
     * child a near match (a shared prefix and a few random digits can be, and would open a cross-municipality task).
     */
    static ChildSummary aChild() {
        return new ChildSummary("Elirë", "Çela" + randomLetters(12), LocalDate.of(2013, 4, 2), null, Sex.FEMALE);
    }

    private static String randomLetters(int count) {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder letters = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
