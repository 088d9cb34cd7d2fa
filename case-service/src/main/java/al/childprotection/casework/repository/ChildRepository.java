package al.childprotection.casework.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.Child;
import al.childprotection.casework.matching.Particulars;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ChildRepository implements PanacheRepositoryBase<Child, UUID> {

    /**
     * Records that could be this child: the same personal number, or the same sex born within about a year.
     * The matcher decides; this only keeps it from reading every child.
     */
    public Uni<List<Child>> candidatesFor(Particulars child, UUID except) {
        if (child.dateOfBirth() == null) {
            return child.personalNumber() == null ? Uni.createFrom().item(List.of())
                    : find("mergedInto is null and personalNumber = ?1 and id <> ?2", child.personalNumber(),
                            except).list();
        }
        return find("""
                mergedInto is null and id <> ?1 and (personalNumber = ?2
                  or (sex = ?3 and birthDateForMatching between ?4 and ?5))
                order by createdAt""",
                except, child.personalNumber() == null ? "" : child.personalNumber(), child.sex(),
                child.dateOfBirth().minusDays(367), child.dateOfBirth().plusDays(367)).list();
    }
}
