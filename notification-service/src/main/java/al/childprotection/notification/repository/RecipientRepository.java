package al.childprotection.notification.repository;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.notification.domain.Recipient;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RecipientRepository implements PanacheRepositoryBase<Recipient, String> {
}
