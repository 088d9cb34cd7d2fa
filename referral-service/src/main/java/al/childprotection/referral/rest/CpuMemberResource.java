package al.childprotection.referral.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.referral.domain.CpuMember;
import al.childprotection.referral.service.CpuMembership;
import al.childprotection.referral.service.DirectoryService;
import io.smallrye.mutiny.Uni;

/**
 * Who works at a CPU: its supervisor sees their own unit's people; SARPC and administrators see every unit's.
 * Administrators add and change members; every change is in the directory's edit log.
 */
@Path("/directory/child-protection-units/{code}/members")
@RolesAllowed({ "cpu-supervisor", "sarpc-analyst", "platform-admin" })
public class CpuMemberResource {

    public record MemberView(String username, String cpuCode, String role, boolean active) {
    }

    private final DirectoryService directory;
    private final CpuMembership membership;
    private final Caller caller;

    CpuMemberResource(DirectoryService directory, CpuMembership membership, Caller caller) {
        this.directory = directory;
        this.membership = membership;
        this.caller = caller;
    }

    @GET
    public Uni<List<MemberView>> list(@PathParam("code") String code) {
        return directory.unit(code)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("CPU"))
                .invoke(unit -> {
                    if (caller.hasRole("cpu-supervisor") && !caller.hasRole("sarpc-analyst")
                            && !caller.hasRole("platform-admin")) {
                        caller.requireWorksIn(unit.municipality, "CPU " + code);
                    }
                })
                .chain(unit -> directory.members(code))
                .map(members -> members.stream().map(CpuMemberResource::view).toList());
    }

    @POST
    @RolesAllowed("platform-admin")
    public Uni<Response> add(@PathParam("code") String code, @NotNull @Valid DirectoryRequests.NewMember body) {
        return membership.add(caller.username(), code, body.username().strip(), body.role())
                .map(member -> Response.created(URI.create("/directory/child-protection-units/" + code + "/members/"
                        + member.username)).entity(view(member)).build());
    }

    @PUT
    @Path("/{username}")
    @RolesAllowed("platform-admin")
    public Uni<MemberView> change(@PathParam("code") String code, @PathParam("username") String username,
            @NotNull @Valid DirectoryRequests.MemberChange body) {
        return membership.change(caller.username(), code, username, body.role(), body.active())
                .map(CpuMemberResource::view);
    }

    private static MemberView view(CpuMember member) {
        return new MemberView(member.username, member.cpuCode, member.role, member.active);
    }
}
