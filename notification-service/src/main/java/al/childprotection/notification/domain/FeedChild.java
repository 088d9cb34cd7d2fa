package al.childprotection.notification.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import al.childprotection.contracts.Sex;

/**
 * What the ministry feeds know of a child: enough for an age band, the sex and the municipality. Never a name, a
 * personal number or an address; the key is the id that started the child's chain and never leaves the service.
 */
@Entity
@Table(name = "feed_child")
public class FeedChild {

    @Id
    @Column(name = "child_key")
    public String childKey;

    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;

    @Column(name = "estimated_age")
    public Integer estimatedAge;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    @Column(name = "residence_municipality")
    public String residenceMunicipality;
}
