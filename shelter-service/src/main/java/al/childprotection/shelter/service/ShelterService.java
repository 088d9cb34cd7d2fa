package al.childprotection.shelter.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.shelter.domain.Shelter;
import al.childprotection.shelter.repository.ShelterRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ShelterService {

    private final ShelterRepository shelters;

    ShelterService(ShelterRepository shelters) {
        this.shelters = shelters;
    }

    @WithSession
    public Uni<List<Shelter>> list() {
        return shelters.listByName();
    }

    @WithSession
    public Uni<Shelter> find(String code) {
        return shelters.findById(code);
    }
}
