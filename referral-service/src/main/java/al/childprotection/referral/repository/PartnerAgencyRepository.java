package al.childprotection.referral.repository;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.referral.domain.PartnerAgency;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PartnerAgencyRepository implements PanacheRepositoryBase<PartnerAgency, String> {
}
