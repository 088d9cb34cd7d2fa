package al.childprotection.notification.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ministry system, known by its Keycloak client id, with the key its pseudonymous child ids are made with. */
@Entity
@Table(name = "feed_subscriber")
public class FeedSubscriber {

    @Id
    @Column(name = "client_id")
    public String clientId;

    @Column(name = "pseudonym_key")
    public byte[] pseudonymKey;

    @Column(name = "created_at")
    public Instant createdAt;
}
