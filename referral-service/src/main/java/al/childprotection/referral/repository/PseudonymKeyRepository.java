package al.childprotection.referral.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** The secret keys of pseudonymous references, one per purpose, made by the migrations. */
@ApplicationScoped
public class PseudonymKeyRepository {

    public Uni<byte[]> secretOf(String purpose) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select secret from pseudonym_key where purpose = :purpose", byte[].class)
                .setParameter("purpose", purpose)
                .getSingleResult());
    }
}
