package al.childprotection.casework.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.ItgMeeting;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ItgMeetingRepository implements PanacheRepositoryBase<ItgMeeting, UUID> {

    public Uni<List<ItgMeeting>> ofCase(UUID caseId) {
        return find("caseId", Sort.ascending("heldAt"), caseId).list();
    }
}
