package al.childprotection.referral.service;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.referral.domain.CpuMember;
import al.childprotection.referral.domain.DirectoryEdit;
import al.childprotection.referral.repository.ChildProtectionUnitRepository;
import al.childprotection.referral.repository.CpuMemberRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Platform administrators tie Keycloak users to their CPU and role; every change is in the edit log. */
@ApplicationScoped
public class CpuMembership {

    /** What an edit records of a membership. */
    public record MemberSnapshot(String username, String cpuCode, String role, boolean active)
            implements DirectoryEditLog.Snapshot {
        static MemberSnapshot of(CpuMember member) {
            return new MemberSnapshot(member.username, member.cpuCode, member.role, member.active);
        }
    }

    private final CpuMemberRepository members;
    private final ChildProtectionUnitRepository units;
    private final DirectoryEditLog editLog;

    CpuMembership(CpuMemberRepository members, ChildProtectionUnitRepository units, DirectoryEditLog editLog) {
        this.members = members;
        this.units = units;
        this.editLog = editLog;
    }

    @WithTransaction
    public Uni<CpuMember> add(String actor, String cpuCode, String username, String role) {
        return units.findById(cpuCode)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("CPU"))
                .chain(unit -> members.findById(username))
                .chain(existing -> {
                    if (existing != null) {
                        throw RequestRejectedException.conflict(username + " is already a member of "
                                + existing.cpuCode);
                    }
                    CpuMember member = new CpuMember();
                    member.username = username;
                    member.cpuCode = cpuCode;
                    member.role = role;
                    member.active = true;
                    return members.persist(member);
                })
                .call(member -> editLog.record(actor, DirectoryEdit.Kind.CPU_MEMBER, username,
                        DirectoryEdit.Action.CREATED, null, MemberSnapshot.of(member)));
    }

    @WithTransaction
    public Uni<CpuMember> change(String actor, String cpuCode, String username, String role, boolean active) {
        return members.findById(username)
                .map(member -> member != null && member.cpuCode.equals(cpuCode) ? member : null)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("member of the CPU"))
                .call(member -> {
                    MemberSnapshot before = MemberSnapshot.of(member);
                    member.role = role;
                    member.active = active;
                    return editLog.recordChange(actor, DirectoryEdit.Kind.CPU_MEMBER, username, before,
                            MemberSnapshot.of(member));
                });
    }
}
