package al.childprotection.intake.repository;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.intake.domain.PoliceStation;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PoliceStationRepository implements PanacheRepositoryBase<PoliceStation, String> {
}
