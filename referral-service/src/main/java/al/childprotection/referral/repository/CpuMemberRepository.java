package al.childprotection.referral.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.referral.domain.CpuMember;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CpuMemberRepository implements PanacheRepositoryBase<CpuMember, String> {

    public Uni<List<CpuMember>> ofUnit(String cpuCode) {
        return list("cpuCode", Sort.by("role").and("username"), cpuCode);
    }
}
