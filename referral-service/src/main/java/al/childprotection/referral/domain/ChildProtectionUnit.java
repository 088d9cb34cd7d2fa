package al.childprotection.referral.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A municipality's Child Protection Unit; Tiranë has one per administrative unit as well. */
@Entity
@Table(name = "child_protection_unit")
public class ChildProtectionUnit {

    @Id
    public String code;

    public String name;

    public String municipality;

    @Column(name = "administrative_unit")
    public String administrativeUnit;

    public boolean active;
}
