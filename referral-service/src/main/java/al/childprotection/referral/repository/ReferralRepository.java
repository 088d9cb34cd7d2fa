package al.childprotection.referral.repository;

import java.time.Instant;
import java.util.List;
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

    /** A municipality's referrals, newest first; {@code null} means every municipality (SARPC). */
    public Uni<List<Referral>> listForMunicipality(String municipality, int limit) {
        Sort newestFirst = Sort.descending("createdAt");
        return (municipality == null ? findAll(newestFirst) : find("municipality", newestFirst, municipality))
                .page(0, limit).list();
    }
}
