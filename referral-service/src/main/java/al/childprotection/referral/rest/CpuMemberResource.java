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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

import al.childprotection.contracts.StaffRole;
import al.childprotection.kit.paging.PageCursor;
import al.childprotection.kit.paging.Pages;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import al.childprotection.referral.domain.DirectoryMember;
import al.childprotection.referral.repository.DirectoryMemberRepository;
import al.childprotection.referral.service.DirectoryMembers;
import al.childprotection.referral.service.DirectoryService;
import io.smallrye.mutiny.Uni;

/**
 * Who works at a CPU: its supervisor sees their own unit's people; SARPC and administrators see every unit's.
 * Administrators add and change members; every change is in the directory's edit log. Roles here are the CPU's
 * own words, {@code WORKER} and {@code SUPERVISOR}.
 */
@Path("/directory/child-protection-units/{code}/members")
@RolesAllowed({ Roles.CPU_SUPERVISOR, Roles.SARPC, Roles.ADMIN })
public class CpuMemberResource {

    public record MemberView(String username, String cpuCode, String role, String displayName, String language,
            String email, boolean active) {
        static MemberView of(DirectoryMember member) {
            return new MemberView(member.username, member.cpuCode, member.role.name().substring("CPU_".length()),
                    member.displayName, member.language, member.email, member.active);
        }
    }

    private final DirectoryService directory;
    private final DirectoryMembers members;
    private final Caller caller;

    CpuMemberResource(DirectoryService directory, DirectoryMembers members, Caller caller) {
        this.directory = directory;
        this.members = members;
        this.caller = caller;
    }

    /** By username, a page at a time ({@code cursor}, {@code limit} up to 500, next page in {@code Link}). */
    @GET
    public Uni<RestResponse<List<MemberView>>> list(@PathParam("code") String code,
            @QueryParam(PageCursor.PARAMETER) String cursor, @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        int size = Pages.limit(limit);
        PageCursor from = PageCursor.read(cursor, 1);
        return directory.unit(code)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("CPU"))
                .invoke(unit -> {
                    if (caller.hasRole(Roles.CPU_SUPERVISOR) && !caller.hasRole(Roles.SARPC)
                            && !caller.hasRole(Roles.ADMIN)) {
                        caller.requireWorksIn(unit.municipality, "CPU " + code);
                    }
                })
                .chain(unit -> members.page(new DirectoryMemberRepository.Filter(null, code, null),
                        from == null ? null : from.text(0), Pages.fetchSize(size)))
                .map(rows -> Pages.of(rows, size, row -> PageCursor.of(row.username), MemberView::of, uri));
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> add(@PathParam("code") String code, @NotNull @Valid DirectoryRequests.NewMember body) {
        DirectoryMembers.Person person = new DirectoryMembers.Person(body.username().strip(), body.displayName(),
                body.language(), body.email());
        return members.addToCpu(caller.username(), code, person, cpuRole(body.role()))
                .map(member -> Response.created(URI.create("/directory/members/" + member.username))
                        .entity(MemberView.of(member)).build());
    }

    @PUT
    @Path("/{username}")
    @RolesAllowed(Roles.ADMIN)
    public Uni<MemberView> change(@PathParam("code") String code, @PathParam("username") String username,
            @NotNull @Valid DirectoryRequests.MemberChange body) {
        return members.changeInCpu(caller.username(), code, username, cpuRole(body.role()), body.active())
                .map(MemberView::of);
    }

    private static StaffRole cpuRole(String role) {
        return StaffRole.valueOf("CPU_" + role);
    }
}
