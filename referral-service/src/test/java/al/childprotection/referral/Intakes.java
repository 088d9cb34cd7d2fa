package al.childprotection.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import al.childprotection.contracts.ChildSummary;
import al.childprotection.contracts.ConsentGround;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.contracts.Priority;
import al.childprotection.contracts.RiskLevel;
import al.childprotection.contracts.Sex;
import al.childprotection.contracts.Situation;

/** intake.recorded payloads as police-intake-service publishes them. */
final class Intakes {

    private Intakes() {
    }

    static IntakeRecorded atKamza(String residence, String unit, Situation situation, RiskLevel risk) {
        return new IntakeRecorded(UUID.randomUUID(), "PS-KAMEZ", "Kamëz", Instant.parse("2026-11-28T21:40:00Z"),
                new ChildSummary("Ardit", "Hoxha", LocalDate.of(2012, 5, 17), null, Sex.MALE),
                residence, unit, List.of(situation), risk, Priority.NORMAL, Instant.now());
    }

    static IntakeRecorded atKamza(String residence) {
        return atKamza(residence, null, Situation.VICTIM, RiskLevel.MEDIUM);
    }

    static IntakeRecorded atKamza(String residence, List<Situation> situations, Priority priority) {
        return new IntakeRecorded(UUID.randomUUID(), "PS-KAMEZ", "Kamëz", Instant.parse("2026-11-28T21:40:00Z"),
                new ChildSummary("Ardit", "Hoxha", LocalDate.of(2012, 5, 17), null, Sex.MALE),
                residence, null, situations, RiskLevel.MEDIUM, priority, Instant.now());
    }

    static IntakeRecorded atKamza(String residence, ConsentGround consent, String legalBasis) {
        return new IntakeRecorded(UUID.randomUUID(), "PS-KAMEZ", "Kamëz", Instant.parse("2026-11-28T21:40:00Z"),
                new ChildSummary("Ardit", "Hoxha", LocalDate.of(2012, 5, 17), null, Sex.MALE),
                residence, null, List.of(Situation.VICTIM), RiskLevel.MEDIUM, Priority.NORMAL, Instant.now(),
                consent, legalBasis);
    }
}
