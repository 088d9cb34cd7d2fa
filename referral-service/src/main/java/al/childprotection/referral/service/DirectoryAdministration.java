package al.childprotection.referral.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;


import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.referral.domain.ChildProtectionUnit;
import al.childprotection.referral.domain.DirectoryEdit;
import al.childprotection.referral.domain.PoliceStation;
import al.childprotection.referral.repository.ChildProtectionUnitRepository;
import al.childprotection.referral.repository.PoliceStationRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Platform administrators keep the directory (CPUs and police stations) as data. Every change is written to
 * {@code directory_edit} and published on the directory topic in the same transaction; routing never loses a
 * municipality: its last active municipal CPU cannot be deactivated.
 */
@ApplicationScoped
public class DirectoryAdministration {

    /** What an edit records of a CPU. */
    public record CpuSnapshot(String code, String name, String municipality, String administrativeUnit, boolean active)
            implements DirectoryEditLog.Snapshot {
        static CpuSnapshot of(ChildProtectionUnit cpu) {
            return new CpuSnapshot(cpu.code, cpu.name, cpu.municipality, cpu.administrativeUnit, cpu.active);
        }
    }

    /** What an edit records of a police station. */
    public record StationSnapshot(String code, String name, String municipality, boolean active)
            implements DirectoryEditLog.Snapshot {
        static StationSnapshot of(PoliceStation station) {
            return new StationSnapshot(station.code, station.name, station.municipality, station.active);
        }
    }

    private final ChildProtectionUnitRepository units;
    private final PoliceStationRepository stations;
    private final DirectoryService directory;
    private final DirectoryEditLog editLog;
    private final DirectoryPublication publication;

    DirectoryAdministration(ChildProtectionUnitRepository units, PoliceStationRepository stations,
            DirectoryService directory, DirectoryEditLog editLog, DirectoryPublication publication) {
        this.units = units;
        this.stations = stations;
        this.directory = directory;
        this.editLog = editLog;
        this.publication = publication;
    }

    @WithTransaction
    public Uni<ChildProtectionUnit> createUnit(String actor, String code, String name, String municipality) {
        return canonicalMunicipality(municipality)
                .chain(canonical -> units.findById(code).chain(existing -> {
                    if (existing != null) {
                        throw RequestRejectedException.conflict("a CPU with this code already exists");
                    }
                    ChildProtectionUnit cpu = new ChildProtectionUnit();
                    cpu.code = code;
                    cpu.name = name.strip();
                    cpu.municipality = canonical;
                    cpu.active = true;
                    return units.persist(cpu);
                }))
                .call(cpu -> log(actor, DirectoryEdit.Kind.CPU, code, DirectoryEdit.Action.CREATED, null,
                        CpuSnapshot.of(cpu)))
                .call(publication::unitChanged);
    }

    @WithTransaction
    public Uni<ChildProtectionUnit> updateUnit(String actor, String code, String name, boolean active) {
        return units.findById(code)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("CPU"))
                .call(cpu -> deactivating(cpu.active, active) && cpu.administrativeUnit == null
                        ? keepsAMunicipalUnit(cpu)
                        : Uni.createFrom().voidItem())
                .call(cpu -> {
                    CpuSnapshot before = CpuSnapshot.of(cpu);
                    cpu.name = name.strip();
                    cpu.active = active;
                    return editLog.recordChange(actor, DirectoryEdit.Kind.CPU, code, before, CpuSnapshot.of(cpu));
                })
                .call(publication::unitChanged);
    }

    @WithSession
    public Uni<List<PoliceStation>> stations(String municipality) {
        if (municipality == null || municipality.isBlank()) {
            return stations.listByMunicipality(null);
        }
        return directory.municipalityNamed(municipality).chain(stations::listByMunicipality);
    }

    @WithSession
    public Uni<PoliceStation> station(String code) {
        return stations.findById(code);
    }

    @WithTransaction
    public Uni<PoliceStation> createStation(String actor, String code, String name, String municipality) {
        return canonicalMunicipality(municipality)
                .chain(canonical -> stations.findById(code).chain(existing -> {
                    if (existing != null) {
                        throw RequestRejectedException.conflict("a police station with this code already exists");
                    }
                    PoliceStation station = new PoliceStation();
                    station.code = code;
                    station.name = name.strip();
                    station.municipality = canonical;
                    station.active = true;
                    return stations.persist(station);
                }))
                .call(station -> log(actor, DirectoryEdit.Kind.POLICE_STATION, code, DirectoryEdit.Action.CREATED,
                        null, StationSnapshot.of(station)))
                .call(publication::stationChanged);
    }

    @WithTransaction
    public Uni<PoliceStation> updateStation(String actor, String code, String name, boolean active) {
        return stations.findById(code)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("police station"))
                .call(station -> {
                    StationSnapshot before = StationSnapshot.of(station);
                    station.name = name.strip();
                    station.active = active;
                    return editLog.recordChange(actor, DirectoryEdit.Kind.POLICE_STATION, code, before,
                            StationSnapshot.of(station));
                })
                .call(publication::stationChanged);
    }

    /** The change log, newest first, of one code or of the whole directory. */
    @WithSession
    /** A page of the change log, newest first (see {@link DirectoryEditLog#page}). */
    public Uni<List<DirectoryEdit>> edits(String code, Long before, int fetch) {
        return editLog.page(code == null || code.isBlank() ? null : code, before, fetch);
    }

    private Uni<String> canonicalMunicipality(String typed) {
        return units.municipalityByAlias(PlaceNames.normalize(typed))
                .map(found -> found.orElseThrow(() -> RequestRejectedException.conflicting("municipality",
                        "must be one of Albania's 61 municipalities")));
    }

    /** Locks the municipality so that two concurrent deactivations cannot both pass the check. */
    private Uni<Void> keepsAMunicipalUnit(ChildProtectionUnit cpu) {
        return units.lockMunicipality(cpu.municipality)
                .chain(() -> units.otherActiveMunicipalUnits(cpu.municipality, cpu.code))
                .invoke(others -> {
                    if (others == 0) {
                        throw RequestRejectedException.conflict(cpu.code + " is the last active CPU of "
                                + cpu.municipality + ": referrals there would have nowhere to go");
                    }
                })
                .replaceWithVoid();
    }

    private static boolean deactivating(boolean wasActive, boolean active) {
        return wasActive && !active;
    }

    private Uni<DirectoryEdit> log(String actor, DirectoryEdit.Kind entity, String code, DirectoryEdit.Action action,
            Object before, Object after) {
        return editLog.record(actor, entity, code, action, before, after);
    }
}
