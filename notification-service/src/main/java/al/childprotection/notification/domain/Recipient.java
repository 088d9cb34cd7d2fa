package al.childprotection.notification.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import al.childprotection.contracts.DirectoryMemberChanged;
import al.childprotection.contracts.StaffRole;

/**
 * A member of the directory who can be notified, known by the login name that events and tokens carry, with their
 * role and where they work (a CPU, a shelter): that is how a notice finds the supervisors of a CPU, a shelter's
 * staff and SARPC. The row is the newest directory entry of the member this service has read (decision 19).
 */
@Entity
@Table(name = "recipient")
public class Recipient {

    /** Albanian or English, as the column stores them. */
    public enum Language {
        sq, en;

        /** {@code en} is English; anything else, or nothing, is Albanian. */
        static Language of(String code) {
            return "en".equalsIgnoreCase(code) ? en : sq;
        }
    }

    @Id
    public String username;

    public String email;

    @Column(name = "display_name")
    public String displayName;

    @Enumerated(EnumType.STRING)
    public StaffRole role;

    /** The CPU of a CPU worker or supervisor, e.g. {@code cpu-tirane}; null for everybody else. */
    @Column(name = "cpu_code")
    public String cpuCode;

    /** The municipality of that CPU. */
    public String municipality;

    /** The shelter of a member of shelter staff, e.g. {@code house-of-colors}; null for everybody else. */
    @Column(name = "shelter_code")
    public String shelterCode;

    /** The language of their notices and e-mails. */
    @Enumerated(EnumType.STRING)
    public Language language;

    /** False once they have left: they are no longer told of what happens in their CPU or shelter. */
    public boolean active;

    /** When the directory entry this row holds was changed. */
    @Column(name = "changed_at")
    public Instant changedAt;

    /** A member first read from the directory. */
    public static Recipient of(DirectoryMemberChanged member) {
        Recipient recipient = new Recipient();
        recipient.username = member.username();
        recipient.take(member);
        return recipient;
    }

    /**
     * Whether the entry is to be applied: an entry is applied only when it is not older than the one held, so a
     * replay of the topic, or an old entry read late, never undoes a newer one.
     */
    public boolean isOlderThanHeld(DirectoryMemberChanged member) {
        return changedAt != null && member.changedAt().isBefore(changedAt);
    }

    /** Takes the entry's whole state. Only CPU staff belong to a CPU, only shelter staff to a shelter. */
    public void take(DirectoryMemberChanged member) {
        boolean cpuStaff = member.role() == StaffRole.CPU_WORKER || member.role() == StaffRole.CPU_SUPERVISOR;
        displayName = member.displayName();
        role = member.role();
        cpuCode = cpuStaff ? member.cpuCode() : null;
        municipality = cpuStaff ? member.municipality() : null;
        shelterCode = member.role() == StaffRole.SHELTER_STAFF ? member.shelterCode() : null;
        language = Language.of(member.language());
        email = member.email();
        active = member.active();
        changedAt = member.changedAt();
    }

    public boolean hasAddress() {
        return email != null && !email.isBlank();
    }
}
