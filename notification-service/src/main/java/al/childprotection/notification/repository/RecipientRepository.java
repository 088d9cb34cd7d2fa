package al.childprotection.notification.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.StaffRole;
import al.childprotection.notification.domain.Recipient;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The directory's members as notices need them; those who have left are nobody's audience any more. */
@ApplicationScoped
public class RecipientRepository implements PanacheRepositoryBase<Recipient, String> {

    /** The active supervisors of a CPU; none when the CPU has no supervisor in the directory (yet). */
    public Uni<List<Recipient>> supervisorsOf(String cpuCode) {
        return list("role = ?1 and cpuCode = ?2 and active = true", Sort.by("username"), StaffRole.CPU_SUPERVISOR,
                cpuCode);
    }

    /** Everyone active at SARPC, the State Agency for the Rights and Protection of the Child. */
    public Uni<List<Recipient>> atSarpc() {
        return list("role = ?1 and active = true", Sort.by("username"), StaffRole.SARPC_ANALYST);
    }

    /** The active staff of a shelter; of every shelter when {@code shelterCode} is null. */
    public Uni<List<Recipient>> staffOf(String shelterCode) {
        return shelterCode == null
                ? list("role = ?1 and active = true", Sort.by("username"), StaffRole.SHELTER_STAFF)
                : list("role = ?1 and shelterCode = ?2 and active = true", Sort.by("username"),
                        StaffRole.SHELTER_STAFF, shelterCode);
    }
}
