package al.childprotection.shelter.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A room of a shelter and its beds. A children's room takes children alone, one bed each; a family room is
 * given whole to one mother and her children.
 */
@Entity
@Table(name = "shelter_room")
public class ShelterRoom {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "shelter_code")
    public String shelterCode;

    public String room;

    @Enumerated(EnumType.STRING)
    public BedKind kind;

    public int beds;

    @Column(name = "beds_occupied")
    public int bedsOccupied;

    public int bedsFree() {
        return beds - bedsOccupied;
    }

    /** How many beds a request would take here, or 0 when it does not fit. */
    public int bedsFor(BedKind wanted, int children) {
        if (kind != wanted) {
            return 0;
        }
        return switch (kind) {
            case CHILD_ALONE -> bedsFree() >= 1 ? 1 : 0;
            case MOTHER_WITH_CHILDREN -> bedsOccupied == 0 && beds >= 1 + children ? beds : 0;
        };
    }
}
