package al.childprotection.casework.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.Child;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ChildRepository implements PanacheRepositoryBase<Child, UUID> {

    public Uni<Child> findByMatchKey(String matchKey) {
        return matchKey == null ? Uni.createFrom().nullItem() : find("matchKey", matchKey).firstResult();
    }
}
