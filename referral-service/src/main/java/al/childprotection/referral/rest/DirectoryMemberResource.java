package al.childprotection.referral.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import io.smallrye.mutiny.Uni;

/**
 * Everyone who takes work on the platform, for SARPC and administrators: CPU workers and supervisors, shelter staff,
 * SARPC analysts. Administrators add shelter staff and analysts here (a CPU's people join through its members) and
 * change anyone's name, language, e-mail or membership.
 */
@Path("/directory/members")
@RolesAllowed({ Roles.SARPC, Roles.ADMIN })
public class DirectoryMemberResource {

    public record MemberView(String username, String displayName, StaffRole role, String cpuCode, String shelterCode,
            String language, String email, boolean active) {
        static MemberView of(DirectoryMember member) {
            return new MemberView(member.username, member.displayName, member.role, member.cpuCode,
                    member.shelterCode, member.language, member.email, member.active);
        }
    }

    private final DirectoryMembers members;
    private final Caller caller;

    DirectoryMemberResource(DirectoryMembers members, Caller caller) {
        this.members = members;
        this.caller = caller;
    }

    /** By username, a page at a time; {@code role}, {@code cpuCode} and {@code active} narrow the list. */
    @GET
    public Uni<RestResponse<List<MemberView>>> list(@QueryParam("role") StaffRole role,
            @QueryParam("cpuCode") @Size(max = 80) String cpuCode, @QueryParam("active") Boolean active,
            @QueryParam(PageCursor.PARAMETER) String cursor, @QueryParam("limit") Integer limit,
            @Context UriInfo uri) {
        int size = Pages.limit(limit);
        PageCursor from = PageCursor.read(cursor, 1);
        var filter = new DirectoryMemberRepository.Filter(role, cpuCode, active);
        return members.page(filter, from == null ? null : from.text(0), Pages.fetchSize(size))
                .map(rows -> Pages.of(rows, size, row -> PageCursor.of(row.username), MemberView::of, uri));
    }

    @GET
    @Path("/{username}")
    public Uni<MemberView> find(@PathParam("username") String username) {
        return members.member(username)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("member"))
                .map(MemberView::of);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> add(@NotNull @Valid DirectoryRequests.NewStaffMember body) {
        DirectoryMembers.Person person = new DirectoryMembers.Person(body.username().strip(), body.displayName(),
                body.language(), body.email());
        return members.addStaff(caller.username(), person, StaffRole.valueOf(body.role()),
                blankIsNull(body.shelterCode()))
                .map(member -> Response.created(URI.create("/directory/members/" + member.username))
                        .entity(MemberView.of(member)).build());
    }

    @PUT
    @Path("/{username}")
    @RolesAllowed(Roles.ADMIN)
    public Uni<MemberView> change(@PathParam("username") String username,
            @NotNull @Valid DirectoryRequests.MemberDetails body) {
        return members.changeDetails(caller.username(), username, body.displayName(), body.language(), body.email(),
                blankIsNull(body.shelterCode()), body.active()).map(MemberView::of);
    }

    private static String blankIsNull(String code) {
        return code == null || code.isBlank() ? null : code.strip();
    }
}
