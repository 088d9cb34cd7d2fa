package al.childprotection.referral.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A police station (komisariat) whose psychosocial team refers children; directory data, edited by admins. */
@Entity
@Table(name = "police_station")
public class PoliceStation {

    @Id
    public String code;

    public String name;

    public String municipality;

    public boolean active;
}
