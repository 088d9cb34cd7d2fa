package al.childprotection.casework.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.TimelineEntry;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class TimelineRepository implements PanacheRepositoryBase<TimelineEntry, UUID> {

    /**
     * Every entry about the child, through every case it has or had in the municipality, including the cases of
     * records merged into it (their cases now name it).
     */
    public Uni<List<TimelineEntry>> aboutChild(UUID childId, String municipality) {
        return find("""
                from TimelineEntry e where e.caseId in (select c.id from ProtectionCase c
                                                         where c.childId = ?1 and lower(c.municipality) = lower(?2))
                order by e.at, e.id""", childId, municipality).list();
    }
}
