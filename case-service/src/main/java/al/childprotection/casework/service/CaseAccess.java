package al.childprotection.casework.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.casework.domain.ProtectionCase;
import al.childprotection.casework.repository.ProtectionCaseRepository;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import io.smallrye.mutiny.Uni;

/**
 * A case as a caller may reach it: one of their municipality, and open when they add to it. Runs in the caller's
 * session or transaction.
 */
@ApplicationScoped
public class CaseAccess {

    private final ProtectionCaseRepository cases;

    CaseAccess(ProtectionCaseRepository cases) {
        this.cases = cases;
    }

    /** The case a path names: 404 when there is none, 403 for a caller of another municipality. */
    public Uni<ProtectionCase> visible(UUID caseId, Caller caller) {
        return cases.findById(caseId)
                .onItem().ifNull().failWith(() -> RequestRejectedException.notFound("case " + caseId))
                .invoke(found -> caller.requireWorksIn(found.municipality, "case " + caseId));
    }

    /** An open case a path names, to add to: as {@link #visible}, and 409 when it is not open. */
    public Uni<ProtectionCase> openAt(UUID caseId, Caller caller) {
        return visible(caseId, caller).invoke(CaseAccess::requireOpen);
    }

    /** An open case a body names in {@code caseId}: 422 naming the field when there is none, else as {@link #openAt}. */
    public Uni<ProtectionCase> openNamed(UUID caseId, Caller caller) {
        return cases.findById(caseId)
                .onItem().ifNull().failWith(() -> RequestRejectedException.conflicting("caseId", "no case " + caseId))
                .invoke(found -> caller.requireWorksIn(found.municipality, "case " + caseId))
                .invoke(CaseAccess::requireOpen);
    }

    private static void requireOpen(ProtectionCase found) {
        if (found.status != ProtectionCase.Status.OPEN) {
            throw RequestRejectedException.conflict("the case is " + found.status);
        }
    }
}
