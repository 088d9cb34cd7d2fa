package al.childprotection.referral.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.referral.domain.DirectoryEdit;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The directory's change log: appended to, never changed. */
@ApplicationScoped
public class DirectoryEditRepository implements PanacheRepositoryBase<DirectoryEdit, Long> {

    public Uni<List<DirectoryEdit>> list(String code, int limit) {
        Sort newestFirst = Sort.descending("position");
        return (code == null ? findAll(newestFirst) : find("code", newestFirst, code)).range(0, limit - 1).list();
    }
}
