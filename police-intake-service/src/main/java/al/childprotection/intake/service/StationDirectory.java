package al.childprotection.intake.service;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.DirectoryStationChanged;
import al.childprotection.intake.domain.PoliceStation;
import al.childprotection.intake.repository.PoliceStationRepository;
import al.childprotection.kit.problem.RequestRejectedException;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the stations as the directory publishes them. An entry applies only when it is not older than the one
 * held, so reading the compacted topic again from the start rebuilds the same view. Runs in the consuming
 * transaction (IdempotentConsumer#applyState).
 */
@ApplicationScoped
public class StationDirectory {

    private final PoliceStationRepository stations;

    StationDirectory(PoliceStationRepository stations) {
        this.stations = stations;
    }

    /**
     * Only a station the directory knows and holds active records intakes; any other is refused (403) naming the
     * token's {@code police_station}.
     */
    public static void requireRecordingStation(PoliceStation station, String stationCode) {
        if (station == null) {
            throw notRecording(stationCode + " is not a police station of the directory");
        }
        if (!station.active) {
            throw notRecording(stationCode + " is no longer an active police station of the directory");
        }
    }

    private static RequestRejectedException notRecording(String message) {
        return new RequestRejectedException(403, "Forbidden", "police_station", message);
    }

    public Uni<Void> changed(DirectoryStationChanged entry) {
        if (entry.code() == null || entry.changedAt() == null) {
            throw new IllegalArgumentException("directory station without a code or a time"); // never applies
        }
        return stations.findById(entry.code()).chain(held -> {
            if (held != null && held.changedAt.isAfter(entry.changedAt())) {
                return Uni.createFrom().voidItem();
            }
            PoliceStation station = held == null ? new PoliceStation() : held;
            station.code = entry.code();
            station.name = entry.name();
            station.municipality = entry.municipality();
            station.active = entry.active();
            station.changedAt = entry.changedAt();
            return held == null ? stations.persist(station).replaceWithVoid() : Uni.createFrom().voidItem();
        });
    }
}
