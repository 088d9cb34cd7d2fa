package al.childprotection.shelter.service;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.DirectoryAgencyChanged;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.time.StoredTime;
import al.childprotection.shelter.domain.Shelter;
import al.childprotection.shelter.repository.ShelterRepository;
import io.smallrye.mutiny.Uni;

/**
 * Keeps who each shelter is as the directory publishes it (decision 19): name, municipality, active. An entry
 * applies only when it is not older than the one held, so reading the compacted topic again from the start rebuilds
 * the same view. A shelter new to this service starts with no rooms: it takes nobody until its rooms are set up.
 * An agency of the directory that is not (or no longer) a shelter takes no placement here. Runs in the consuming
 * transaction (IdempotentConsumer#applyState).
 */
@ApplicationScoped
public class ShelterDirectory {

    static final String SHELTER = "SHELTER";

    private final ShelterRepository shelters;

    ShelterDirectory(ShelterRepository shelters) {
        this.shelters = shelters;
    }

    /**
     * Only a shelter the directory knows and holds active takes a new placement request or an admission; any
     * other is refused with {@code status} (403, 409 or 422) naming {@code field}.
     */
    public static void requireTakingPlacements(Shelter shelter, String code, int status, String field) {
        if (shelter == null || !shelter.takesPlacements()) {
            throw notTakingPlacements(shelter, code, status, field, "takes no placement");
        }
    }

    /**
     * Why {@code shelter} (null: none here) takes no placement, naming {@code field}; {@code otherwise}: why, when
     * the directory holds it active.
     */
    public static RequestRejectedException notTakingPlacements(Shelter shelter, String code, int status,
            String field, String otherwise) {
        String title = switch (status) {
            case 403 -> "Forbidden";
            case 409 -> "Conflict";
            default -> "Unprocessable Content";
        };
        if (shelter == null || !shelter.knownToTheDirectory()) {
            return new RequestRejectedException(status, title, field, "'" + code + "' is not a shelter of the"
                    + " directory");
        }
        if (!shelter.active) {
            return new RequestRejectedException(status, title, field, "'" + code + "' is no longer an active"
                    + " shelter of the directory; it takes no placement");
        }
        return new RequestRejectedException(status, title, field, "'" + code + "' " + otherwise);
    }

    public Uni<Void> changed(DirectoryAgencyChanged entry) {
        if (entry.code() == null || entry.changedAt() == null) {
            throw new IllegalArgumentException("directory agency without a code or a time"); // never applies
        }
        boolean shelter = SHELTER.equals(entry.kind());
        return shelters.findById(entry.code()).chain(held -> {
            if (held == null && !shelter) {
                return Uni.createFrom().voidItem();
            }
            if (held != null && held.directoryChangedAt != null
                    && held.directoryChangedAt.isAfter(entry.changedAt())) {
                return Uni.createFrom().voidItem();
            }
            Shelter applied = held == null ? new Shelter() : held;
            applied.code = entry.code();
            applied.name = entry.name();
            applied.municipality = entry.municipality();
            applied.active = shelter && entry.active();
            applied.directoryChangedAt = entry.changedAt();
            applied.updatedAt = StoredTime.now();
            if (held != null) {
                return Uni.createFrom().voidItem();
            }
            applied.passOnOrder = Shelter.LAST_IN_LINE;
            return shelters.persist(applied).replaceWithVoid();
        });
    }
}
