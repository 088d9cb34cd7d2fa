package al.childprotection.referral.repository;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** What the directory last published of each entry, as a digest of its state. */
@ApplicationScoped
public class DirectoryPublicationRepository {

    /** The lock's key: one publication of the whole directory at a time, across instances. */
    private static final long PUBLICATION_LOCK = 0x6469726563746f72L;

    /** Held until the transaction ends. */
    public Uni<Void> lockPublication() {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select cast(pg_advisory_xact_lock(:key) as text)", String.class)
                .setParameter("key", PUBLICATION_LOCK)
                .getResultList())
                .replaceWithVoid();
    }

    public Uni<String> digest(String entryId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select digest from directory_publication where entry_id = :entry", String.class)
                .setParameter("entry", entryId)
                .getResultList())
                .map(rows -> rows.isEmpty() ? null : rows.get(0));
    }

    /** Every entry's digest, by entry id. */
    public Uni<Map<String, String>> digests() {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("select entry_id, digest from directory_publication", Object[].class)
                .getResultList())
                .map(DirectoryPublicationRepository::byEntry);
    }

    public Uni<Void> record(String entryId, String digest) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("insert into directory_publication (entry_id, digest) values (:entry, :digest)"
                        + " on conflict (entry_id) do update set digest = excluded.digest")
                .setParameter("entry", entryId)
                .setParameter("digest", digest)
                .executeUpdate())
                .replaceWithVoid();
    }

    private static Map<String, String> byEntry(List<Object[]> rows) {
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }
}
