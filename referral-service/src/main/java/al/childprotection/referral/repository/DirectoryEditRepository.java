package al.childprotection.referral.repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.referral.domain.DirectoryEdit;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

/** The directory's change log: appended to, never changed. */
@ApplicationScoped
public class DirectoryEditRepository implements PanacheRepositoryBase<DirectoryEdit, Long> {

    /**
     * A page of the log, newest first: {@code fetch} edits before position {@code before} (null: from the newest),
     * of one CPU, station, agency or member when {@code code} is given.
     */
    public Uni<List<DirectoryEdit>> page(String code, Long before, int fetch) {
        List<String> where = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        if (code != null) {
            where.add("code = :code");
            values.put("code", code);
        }
        if (before != null) {
            where.add("position < :before");
            values.put("before", before);
        }
        Sort newestFirst = Sort.descending("position");
        return (where.isEmpty() ? findAll(newestFirst) : find(String.join(" and ", where), newestFirst, values))
                .page(0, fetch).list();
    }
}
