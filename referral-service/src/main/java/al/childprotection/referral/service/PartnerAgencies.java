package al.childprotection.referral.service;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.Municipalities;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.referral.domain.DirectoryEdit;
import al.childprotection.referral.domain.PartnerAgency;
import al.childprotection.referral.repository.PartnerAgencyRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Platform administrators keep the partner agencies (the NRM, shelters); every change is in the edit log and
 * on the directory topic. */
@ApplicationScoped
public class PartnerAgencies {

    /** What an edit records of a partner agency. */
    public record AgencySnapshot(String code, String name, String kind, String municipality, boolean active)
            implements DirectoryEditLog.Snapshot {
        static AgencySnapshot of(PartnerAgency agency) {
            return new AgencySnapshot(agency.code, agency.name, agency.kind, agency.municipality, agency.active);
        }
    }

    private final PartnerAgencyRepository agencies;
    private final DirectoryEditLog editLog;
    private final DirectoryPublication publication;

    PartnerAgencies(PartnerAgencyRepository agencies, DirectoryEditLog editLog, DirectoryPublication publication) {
        this.agencies = agencies;
        this.editLog = editLog;
        this.publication = publication;
    }

    @WithTransaction
    public Uni<PartnerAgency> add(String actor, String code, String name, String kind, String municipality) {
        String canonical = Municipalities.canonical(municipality).orElseThrow(() -> RequestRejectedException
                .conflicting("municipality", "must be one of Albania's 61 municipalities"));
        return agencies.findById(code).chain(existing -> {
            if (existing != null) {
                throw RequestRejectedException.conflict("an agency with this code already exists");
            }
            PartnerAgency agency = new PartnerAgency();
            agency.code = code;
            agency.name = name.strip();
            agency.kind = kind;
            agency.municipality = canonical;
            agency.active = true;
            return agencies.persist(agency);
        }).call(agency -> editLog.record(actor, DirectoryEdit.Kind.PARTNER_AGENCY, code,
                DirectoryEdit.Action.CREATED, null, AgencySnapshot.of(agency)))
                .call(publication::agencyChanged);
    }

    @WithTransaction
    public Uni<PartnerAgency> change(String actor, String code, String name, boolean active) {
        return agencies.findById(code)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("agency"))
                .call(agency -> {
                    AgencySnapshot before = AgencySnapshot.of(agency);
                    agency.name = name.strip();
                    agency.active = active;
                    return editLog.recordChange(actor, DirectoryEdit.Kind.PARTNER_AGENCY, code, before,
                            AgencySnapshot.of(agency));
                })
                .call(publication::agencyChanged);
    }
}
