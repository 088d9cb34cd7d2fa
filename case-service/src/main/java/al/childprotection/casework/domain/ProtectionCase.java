package al.childprotection.casework.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A child's case at one Child Protection Unit, followed by one responsible worker. */
@Entity
@Table(name = "protection_case")
public class ProtectionCase {

    public enum Status {
        OPEN, CLOSED
    }

    @Id
    public UUID id;

    @Column(name = "child_id")
    public UUID childId;

    @Column(name = "cpu_code")
    public String cpuCode;

    public String municipality;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String worker;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "correlation_id")
    public String correlationId;
}
