package al.childprotection.shelter.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An emergency shelter and its live capacity. */
@Entity
@Table(name = "shelter")
public class Shelter {

    @Id
    public String code;

    public String name;

    public String municipality;

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

    public int bedsFree() {
        return Math.max(0, bedsTotal - bedsOccupied);
    }
}
