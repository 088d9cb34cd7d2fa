package al.childprotection.notification.domain;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An intake, referral, case, placement request or placement, and the child it is about. */
@Entity
@Table(name = "feed_link")
public class FeedLink {

    @Id
    @Column(name = "aggregate_id")
    public UUID aggregateId;

    @Column(name = "child_key")
    public String childKey;
}
