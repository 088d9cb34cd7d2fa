package al.childprotection.casework.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.TimelineEntry;
import al.childprotection.kit.paging.PageCursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, UUID> {

    /**
     * The entries about the child, through every case it has or had in the municipality, including the cases of
     * records merged into it (their cases now name it): oldest first, {@code fetch} of them after the cursor
     * ({@code null}: from the first). Entries are never changed, so the order is stable.
     */
    public Uni<List<TimelineEntry>> aboutChild(UUID childId, String municipality, PageCursor after, int fetch) {
        String about = """
                from TimelineEntry e where e.caseId in (select c.id from ProtectionCase c
                                                         where c.childId = :child
                                                           and lower(c.municipality) = lower(:municipality))""";
        Parameters values = Parameters.with("child", childId).and("municipality", municipality);
        if (after != null) {
            about += " and (e.at > :at or (e.at = :at and e.id > :id))";
            values.and("at", after.instant(0)).and("id", after.uuid(1));
        }
        return find(about + " order by e.at, e.id", values).page(0, fetch).list();
    }

    public static PageCursor cursorOf(TimelineEntry entry) {
        return PageCursor.of(entry.at, entry.id);
    }
}
