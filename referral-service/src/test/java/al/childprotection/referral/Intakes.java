package al.childprotection.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.contracts.LegalStatus;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;

/** intake.recorded payloads as police-intake-service publishes them. */
final class Intakes {

    private Intakes() {
    }

    static IntakeRecorded atKamza(String residence, String unit, LegalStatus status, RiskLevel risk) {
        return new IntakeRecorded(UUID.randomUUID(), "PS-KAMEZ", "Kamëz", Instant.parse("2026-11-28T21:40:00Z"),
                new ChildSummary("Ardit", "Hoxha", LocalDate.of(2012, 5, 17), null, Sex.MALE),
                residence, unit, status, risk, Instant.now());
    }

    static IntakeRecorded atKamza(String residence) {
        return atKamza(residence, null, LegalStatus.VICTIM, RiskLevel.MEDIUM);
    }
}
