package al.childprotection.casework.service;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.RosterMember;
import al.childprotection.casework.repository.RosterRepository;
import al.childprotection.contracts.DirectoryMemberChanged;
import al.childprotection.contracts.StaffRole;
import io.smallrye.mutiny.Uni;

/**
 * Who takes tasks, as the directory says (decision 19). An entry older than the one held is not applied, so a
 * replay from the start of the topic rebuilds the same roster. A member who stops taking work in a CPU (inactive,
 * moved, no longer a CPU member) hands their open tasks back; one who is active in a CPU takes its waiting tasks.
 * In the consuming transaction.
 */
@ApplicationScoped
public class Roster {

    private final RosterRepository roster;
    private final TaskHandover handover;

    Roster(RosterRepository roster, TaskHandover handover) {
        this.roster = roster;
        this.handover = handover;
    }

    public Uni<Void> apply(DirectoryMemberChanged member) {
        boolean ofACpu = (member.role() == StaffRole.CPU_WORKER || member.role() == StaffRole.CPU_SUPERVISOR)
                && member.cpuCode() != null && member.municipality() != null;
        return roster.findById(member.username()).chain(held -> {
            if (held != null && held.changedAt.isAfter(member.changedAt())) {
                return Uni.createFrom().voidItem();
            }
            if (held == null && !ofACpu) {
                return Uni.createFrom().voidItem();
            }
            String left = held != null && held.active && !(ofACpu && member.active()
                    && held.cpuCode.equals(member.cpuCode())) ? held.cpuCode : null;
            RosterMember entry = held != null ? held : new RosterMember();
            entry.username = member.username();
            if (ofACpu) {
                entry.displayName = member.displayName();
                entry.role = member.role();
                entry.cpuCode = member.cpuCode();
                entry.municipality = member.municipality();
                entry.active = member.active();
            } else {
                entry.active = false;
            }
            entry.changedAt = member.changedAt();
            return roster.persist(entry).call(roster::flush)
                    .chain(() -> left != null ? handover.handBack(entry.username, left)
                            : Uni.createFrom().voidItem())
                    .chain(() -> ofACpu && member.active() ? handover.takeWaiting(member.cpuCode())
                            : Uni.createFrom().voidItem());
        });
    }
}
