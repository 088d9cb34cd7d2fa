package al.childprotection.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A platform user who can be notified, known by the login name that events and tokens carry. */
@Entity
@Table(name = "recipient")
public class Recipient {

    @Id
    public String username;

    public String email;

    @Column(name = "display_name")
    public String displayName;
}
