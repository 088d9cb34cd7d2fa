package al.childprotection.referral.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An agency other than a CPU that receives referrals: today the National Referral Mechanism for trafficking. */
@Entity
@Table(name = "partner_agency")
public class PartnerAgency {

    @Id
    public String code;

    public String name;

    public String kind;

    public String municipality;

    public boolean active;
}
