package al.childprotection.referral.repository;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.EscalationLevel;
import al.childprotection.referral.domain.Referral;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    public Uni<Referral> findByIntake(UUID intakeId) {
        return find("intakeId", intakeId).firstResult();
    }

    /** Referrals whose acknowledgement deadline has passed and that are not yet escalated to the end. */
    public Uni<List<Referral>> overdueForAcknowledgement(Instant now, int limit) {
        return find("status in ?1 and acknowledgeBy < ?2 and (escalationLevel is null or escalationLevel <> ?3)",
                Sort.ascending("acknowledgeBy"),
                List.of(Referral.Status.CREATED, Referral.Status.REDIRECTED), now, EscalationLevel.SARPC)
                .page(0, limit).list();
    }

    /**
     * Referrals of a municipality ({@code null}: every municipality, for SARPC), optionally only some statuses,
     * newest first or the most urgent acknowledgement deadline first.
     */
    public Uni<List<Referral>> list(String municipality, Set<Referral.Status> statuses, boolean mostUrgentFirst,
            int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (municipality != null) {
            query.append(" and municipality = :municipality");
            parameters.put("municipality", municipality);
        }
        if (!statuses.isEmpty()) {
            query.append(" and status in :statuses");
            parameters.put("statuses", statuses);
        }
        Sort order = mostUrgentFirst ? Sort.ascending("acknowledgeBy") : Sort.descending("createdAt");
        return find(query.toString(), order, parameters).page(0, limit).list();
    }

}
