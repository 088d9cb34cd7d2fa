package al.childprotection.referral.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.referral.service.DirectoryService;
import io.smallrye.mutiny.Uni;

/** Who works at a CPU: its supervisor sees their own unit's people; SARPC and administrators see every unit's. */
@Path("/directory/child-protection-units/{code}/members")
@RolesAllowed({ "cpu-supervisor", "sarpc-analyst", "platform-admin" })
public class CpuMemberResource {

    public record MemberView(String username, String cpuCode, String role, boolean active) {
    }

    private final DirectoryService directory;
    private final Caller caller;

    CpuMemberResource(DirectoryService directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    @GET
    public Uni<List<MemberView>> list(@PathParam("code") String code) {
        return directory.unit(code)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("CPU " + code))
                .invoke(unit -> {
                    if (caller.hasRole("cpu-supervisor") && !caller.hasRole("sarpc-analyst")
                            && !caller.hasRole("platform-admin")) {
                        caller.requireWorksIn(unit.municipality, "CPU " + code);
                    }
                })
                .chain(unit -> directory.members(code))
                .map(members -> members.stream()
                        .map(m -> new MemberView(m.username, m.cpuCode, m.role, m.active)).toList());
    }
}
