package al.childprotection.intake.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "police_station")
public class PoliceStation {

    @Id
    public String code;

    public String name;

    public String municipality;
}
