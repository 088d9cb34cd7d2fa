package al.childprotection.referral.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * One change to the directory, with JSON snapshots of the record before and after. Append-only: the database
 * refuses UPDATE and DELETE on the table.
 */
@Entity
@Immutable
@Table(name = "directory_edit")
public class DirectoryEdit {

    public enum Kind {
        CPU, POLICE_STATION, CPU_MEMBER, PARTNER_AGENCY,
        /** Any member of the directory; earlier edits of a CPU's member were logged as {@code CPU_MEMBER}. */
        MEMBER
    }

    public enum Action {
        CREATED, UPDATED, DEACTIVATED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "position")
    public Long position;

    public Instant at;

    public String actor;

    @Enumerated(EnumType.STRING)
    public Kind entity;

    public String code;

    @Enumerated(EnumType.STRING)
    public Action action;

    @Column(name = "before")
    public String before;

    @Column(name = "after")
    public String after;
}
