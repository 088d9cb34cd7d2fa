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

    /** {@code rows} steps of a referral after the step at {@code afterPosition}, in the order they were taken. */
    public Uni<List<ReferralStep>> timeline(UUID referralId, long afterPosition, int rows) {
        return find("referralId = ?1 and position > ?2", Sort.ascending("position"), referralId, afterPosition)
                .page(0, rows).list();
    }
}
