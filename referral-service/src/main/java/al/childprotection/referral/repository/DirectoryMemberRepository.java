package al.childprotection.referral.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.StaffRole;
import al.childprotection.referral.domain.DirectoryMember;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class DirectoryMemberRepository implements PanacheRepositoryBase<DirectoryMember, String> {

    /** Which members a list shows; a null field does not narrow it. */
    public record Filter(StaffRole role, String cpuCode, Boolean active) {
    }

    /** Up to {@code limit} members after {@code after} (null: from the first), by username. */
    public Uni<List<DirectoryMember>> page(Filter filter, String after, int limit) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (after != null) {
            where.add("username > :after");
            parameters.put("after", after);
        }
        if (filter.role() != null) {
            where.add("role = :role");
            parameters.put("role", filter.role());
        }
        if (filter.cpuCode() != null) {
            where.add("cpuCode = :cpuCode");
            parameters.put("cpuCode", filter.cpuCode());
        }
        if (filter.active() != null) {
            where.add("active = :active");
            parameters.put("active", filter.active());
        }
        String query = where.isEmpty() ? "from DirectoryMember"
                : "from DirectoryMember where " + String.join(" and ", where);
        return find(query, Sort.by("username"), parameters).range(0, limit - 1).list();
    }
}
