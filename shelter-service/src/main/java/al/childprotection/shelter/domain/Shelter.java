package al.childprotection.shelter.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An emergency shelter and its live capacity. Who it is (name, municipality, active) is the directory's
 * (decision 19), applied by {@code ShelterDirectory}; its rooms, beds and place in line are this service's own.
 */
@Entity
@Table(name = "shelter")
public class Shelter {

    /** Where a shelter new to this service stands in line until it is placed (decision 6). */
    public static final int LAST_IN_LINE = 100;

    @Id
    public String code;

    /** The directory's; null while the directory has not named it. */
    public String name;

    /** The directory's; null while the directory has not named it. */
    public String municipality;

    /** Whether the directory holds it active. */
    public boolean active;

    /** When the directory last said who the shelter is; null: not known to the directory. */
    @Column(name = "directory_changed_at")
    public Instant directoryChangedAt;

    /** Whom it takes in, e.g. children up to 18 and mothers with their children. */
    public String accepts;

    @Column(name = "beds_total")
    public int bedsTotal;

    @Column(name = "beds_occupied")
    public int bedsOccupied;

    /** Where the shelter stands in line when a full shelter passes a request on. */
    @Column(name = "pass_on_order")
    public int passOnOrder;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean knownToTheDirectory() {
        return directoryChangedAt != null;
    }

    /** Only a shelter the directory knows and holds active takes a new placement request or an admission. */
    public boolean takesPlacements() {
        return knownToTheDirectory() && active;
    }

    public int bedsFree() {
        return Math.max(0, bedsTotal - bedsOccupied);
    }
}
