package al.childprotection.notification.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.notification.domain.Recipient;
import al.childprotection.notification.domain.Recipient.Role;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RecipientRepository implements PanacheRepositoryBase<Recipient, String> {

    /** The supervisors on record for a CPU; none when the CPU has no supervisor in the platform (yet). */
    public Uni<List<Recipient>> supervisorsOf(String cpuCode) {
        return list("role = ?1 and cpuCode = ?2", Sort.by("username"), Role.CPU_SUPERVISOR, cpuCode);
    }

    /** Everyone at SARPC, the State Agency for the Rights and Protection of the Child. */
    public Uni<List<Recipient>> atSarpc() {
        return list("role = ?1", Sort.by("username"), Role.SARPC_ANALYST);
    }
}
