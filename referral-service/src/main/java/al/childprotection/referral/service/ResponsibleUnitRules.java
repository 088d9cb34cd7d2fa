package al.childprotection.referral.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.IntakeCorrected;
import al.childprotection.contracts.IntakeRecorded;
import al.childprotection.contracts.Situation;
import al.childprotection.referral.domain.ChildProtectionUnit;
import al.childprotection.referral.repository.ChildProtectionUnitRepository;
import io.smallrye.mutiny.Uni;

/**
 * Which Child Protection Unit is responsible for a child: the CPU of the municipality of residence (in Tiranë, of
 * the administrative unit when it is known); with an unknown residence, or for an unaccompanied foreign child,
 * the CPU of the municipality where the police station stands.
 */
@ApplicationScoped
public class ResponsibleUnitRules {

    public record Decision(ChildProtectionUnit unit, String reason) {
    }

    private final ChildProtectionUnitRepository directory;

    ResponsibleUnitRules(ChildProtectionUnitRepository directory) {
        this.directory = directory;
    }

    /** What routing looks at, whether it comes from a recorded or a corrected intake. */
    public record Facts(List<Situation> situations, String residenceMunicipality, String residenceUnit,
            String stationMunicipality) {

        public static Facts of(IntakeRecorded intake) {
            return new Facts(intake.situations(), intake.residenceMunicipality(), intake.residenceUnit(),
                    intake.stationMunicipality());
        }

        public static Facts of(IntakeCorrected intake) {
            return new Facts(intake.situations(), intake.residenceMunicipality(), intake.residenceUnit(),
                    intake.stationMunicipality());
        }
    }

    public Uni<Decision> decide(Facts intake) {
        if (intake.situations().contains(Situation.UNACCOMPANIED_FOREIGN_CHILD)) {
            return stationMunicipality(intake, "unaccompanied foreign child: the CPU where the police station stands");
        }
        if (intake.residenceMunicipality() == null) {
            return stationMunicipality(intake, "residence unknown: the CPU where the police station stands");
        }
        return directory.municipalityByAlias(PlaceNames.normalize(intake.residenceMunicipality()))
                .chain(residence -> residence.isPresent()
                        ? residenceUnit(residence.get(), intake.residenceUnit())
                        : stationMunicipality(intake, "residence '" + intake.residenceMunicipality()
                                + "' is not a municipality in the directory: the CPU where the police station stands"));
    }

    private Uni<Decision> residenceUnit(String municipality, String administrativeUnit) {
        Uni<ChildProtectionUnit> unitCpu = administrativeUnit == null
                ? Uni.createFrom().nullItem()
                : directory.unitByAlias(PlaceNames.administrativeUnitKey(administrativeUnit))
                        .map(cpu -> cpu != null && cpu.municipality.equals(municipality) && cpu.active ? cpu : null);
        return unitCpu.chain(cpu -> cpu != null
                ? Uni.createFrom().item(new Decision(cpu, "residence: " + municipality + ", " + cpu.administrativeUnit))
                : municipal(municipality, "residence: " + municipality));
    }

    private Uni<Decision> stationMunicipality(Facts intake, String reason) {
        return directory.municipalityByAlias(PlaceNames.normalize(intake.stationMunicipality()))
                .map(found -> found.orElseThrow(() -> new IllegalArgumentException(
                        "police station municipality '" + intake.stationMunicipality() + "' is not in the directory")))
                .chain(municipality -> municipal(municipality, reason));
    }

    private Uni<Decision> municipal(String municipality, String reason) {
        return directory.municipalUnit(municipality)
                .map(cpu -> Optional.ofNullable(cpu).orElseThrow(() -> new IllegalStateException(
                        "the directory has no active CPU for " + municipality)))
                .map(cpu -> new Decision(cpu, reason));
    }
}
