package al.childprotection.shelter.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.shelter.domain.KnownReferral;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class KnownReferralRepository implements PanacheRepositoryBase<KnownReferral, UUID> {
}
