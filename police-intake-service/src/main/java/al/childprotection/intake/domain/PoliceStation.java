package al.childprotection.intake.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A police station as the directory last published it (decision 19): only an active station records intakes.
 * {@code changedAt} is the directory's time of that state, so that an older state read again never undoes a newer.
 */
@Entity
@Table(name = "police_station")
public class PoliceStation {

    @Id
    public String code;

    public String name;

    public String municipality;

    public boolean active;

    @Column(name = "changed_at")
    public Instant changedAt;
}
