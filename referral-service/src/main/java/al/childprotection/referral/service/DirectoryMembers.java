package al.childprotection.referral.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.contracts.StaffRole;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.referral.domain.DirectoryEdit;
import al.childprotection.referral.domain.DirectoryMember;
import al.childprotection.referral.repository.ChildProtectionUnitRepository;
import al.childprotection.referral.repository.DirectoryMemberRepository;
import al.childprotection.referral.repository.PartnerAgencyRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Platform administrators keep who takes work: a CPU's workers and supervisors, shelter staff and SARPC analysts.
 * A CPU member belongs to exactly one CPU, shelter staff to one shelter, an analyst to neither. Every change is in
 * the edit log and on the directory topic.
 */
@ApplicationScoped
public class DirectoryMembers {

    /** What an edit records of a member. */
    public record MemberSnapshot(String username, String displayName, StaffRole role, String cpuCode,
            String shelterCode, String language, String email, boolean active) implements DirectoryEditLog.Snapshot {
        static MemberSnapshot of(DirectoryMember member) {
            return new MemberSnapshot(member.username, member.displayName, member.role, member.cpuCode,
                    member.shelterCode, member.language, member.email, member.active);
        }
    }

    /** Who a person is and how they are told: the fields every member has. */
    public record Person(String username, String displayName, String language, String email) {
    }

    private final DirectoryMemberRepository members;
    private final ChildProtectionUnitRepository units;
    private final PartnerAgencyRepository agencies;
    private final DirectoryEditLog editLog;
    private final DirectoryPublication publication;

    DirectoryMembers(DirectoryMemberRepository members, ChildProtectionUnitRepository units,
            PartnerAgencyRepository agencies, DirectoryEditLog editLog, DirectoryPublication publication) {
        this.members = members;
        this.units = units;
        this.agencies = agencies;
        this.editLog = editLog;
        this.publication = publication;
    }

    @WithSession
    public Uni<DirectoryMember> member(String username) {
        return members.findById(username);
    }

    /** A page of members by username, after {@code after} (null: from the first). */
    @WithSession
    public Uni<List<DirectoryMember>> page(DirectoryMemberRepository.Filter filter, String after, int limit) {
        return members.page(filter, after, limit);
    }

    /** A worker or supervisor joins a CPU; a username already in the directory is a conflict. */
    @WithTransaction
    public Uni<DirectoryMember> addToCpu(String actor, String cpuCode, Person person, StaffRole role) {
        return units.findById(cpuCode)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("CPU"))
                .chain(unit -> create(actor, person, role, cpuCode, null));
    }

    /** A CPU member's role changes, or they leave ({@code active: false}). */
    @WithTransaction
    public Uni<DirectoryMember> changeInCpu(String actor, String cpuCode, String username, StaffRole role,
            boolean active) {
        return members.findById(username)
                .map(member -> member != null && cpuCode.equals(member.cpuCode) ? member : null)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("member of the CPU"))
                .call(member -> change(actor, member, changed -> {
                    changed.role = role;
                    changed.active = active;
                }));
    }

    /** Shelter staff (of {@code shelterCode}) or a SARPC analyst (with no shelter) joins. */
    @WithTransaction
    public Uni<DirectoryMember> addStaff(String actor, Person person, StaffRole role, String shelterCode) {
        if (role != StaffRole.SHELTER_STAFF && role != StaffRole.SARPC_ANALYST) {
            throw RequestRejectedException.conflicting("role",
                    "SHELTER_STAFF or SARPC_ANALYST; a CPU's people join through its members");
        }
        return shelterFits(role, shelterCode).chain(() -> create(actor, person, role, null, shelterCode));
    }

    /** Changes how a member is named and told, shelter staff's shelter, or ends the membership. */
    @WithTransaction
    public Uni<DirectoryMember> changeDetails(String actor, String username, String displayName, String language,
            String email, String shelterCode, boolean active) {
        return members.findById(username)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("member"))
                .call(member -> shelterFits(member.role, shelterCode))
                .call(member -> change(actor, member, changed -> {
                    changed.displayName = displayName.strip();
                    changed.language = language;
                    changed.email = email.strip();
                    changed.shelterCode = shelterCode;
                    changed.active = active;
                }));
    }

    private Uni<DirectoryMember> create(String actor, Person person, StaffRole role, String cpuCode,
            String shelterCode) {
        return members.findById(person.username()).chain(existing -> {
            if (existing != null) {
                throw RequestRejectedException.conflict(person.username() + " is already in the directory"
                        + (existing.cpuCode == null ? "" : ", a member of " + existing.cpuCode));
            }
            DirectoryMember member = new DirectoryMember();
            member.username = person.username();
            member.displayName = person.displayName().strip();
            member.role = role;
            member.cpuCode = cpuCode;
            member.shelterCode = shelterCode;
            member.language = person.language();
            member.email = person.email().strip();
            member.active = true;
            return members.persist(member);
        }).call(member -> editLog.record(actor, DirectoryEdit.Kind.MEMBER, member.username,
                DirectoryEdit.Action.CREATED, null, MemberSnapshot.of(member)))
                .call(publication::memberChanged);
    }

    private Uni<Void> change(String actor, DirectoryMember member, java.util.function.Consumer<DirectoryMember> edit) {
        MemberSnapshot before = MemberSnapshot.of(member);
        edit.accept(member);
        return editLog.recordChange(actor, DirectoryEdit.Kind.MEMBER, member.username, before,
                MemberSnapshot.of(member)).chain(() -> publication.memberChanged(member));
    }

    /** Shelter staff name a shelter of the directory; nobody else names one. */
    private Uni<Void> shelterFits(StaffRole role, String shelterCode) {
        if (role != StaffRole.SHELTER_STAFF) {
            if (shelterCode != null) {
                throw RequestRejectedException.conflicting("shelterCode", "only shelter staff work at a shelter");
            }
            return Uni.createFrom().voidItem();
        }
        if (shelterCode == null) {
            throw RequestRejectedException.conflicting("shelterCode", "shelter staff name their shelter");
        }
        return agencies.findById(shelterCode).invoke(agency -> {
            if (agency == null || !"SHELTER".equals(agency.kind)) {
                throw RequestRejectedException.conflicting("shelterCode", "must be a shelter of the directory");
            }
        }).replaceWithVoid();
    }
}
