package al.childprotection.referral.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.referral.domain.ReferralStep;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ReferralStepRepository implements PanacheRepositoryBase<ReferralStep, Long> {

    public Uni<List<ReferralStep>> timeline(UUID referralId) {
        return list("referralId", Sort.ascending("position"), referralId);
    }
}
