package al.childprotection.kit.audit;

import java.util.Locale;

import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import al.childprotection.kit.problem.OutOfScopeException;
import al.childprotection.kit.problem.ProblemMappers;
import io.smallrye.mutiny.Uni;

/**
 * A request for a record outside the caller's scope is answered 403 and leaves an audit record of the attempt: who
 * asked for which record, when, through which endpoint, and that it was refused; for the supervisor of the
 * municipality that holds the record (when the refusing code knew it) and for SARPC. Ids only, no child data.
 *
 * <p>Here, where the refusal becomes a response, and not where it is thrown: every scope check of every service
 * reaches this one place, after the request's own transaction has rolled back.
 */
public class RefusedAttempts {

    private static final Logger LOG = Logger.getLogger(RefusedAttempts.class);

    private final AuditTrail trail;
    private final ProblemMappers problems = new ProblemMappers();

    RefusedAttempts(AuditTrail trail) {
        this.trail = trail;
    }

    @ServerExceptionMapper
    public Uni<Response> refused(OutOfScopeException refusal) {
        AuditedRecord record = asked(refusal);
        return trail.refused(record.type() + ".refused", record)
                // the caller is refused either way; a trail that cannot be written is an operator's alarm
                .onFailure().invoke(e -> LOG.errorf(e, "the refused attempt on %s %s was not audited",
                        record.type(), record.id()))
                .onFailure().recoverWithNull()
                .map(ignored -> problems.rejected(refusal));
    }

    /** {@code "child match 42"}: type {@code child-match}, id {@code 42}; the last word is the id. */
    static AuditedRecord asked(OutOfScopeException refusal) {
        String what = refusal.record() == null ? "" : refusal.record().strip();
        int space = what.lastIndexOf(' ');
        String type = space < 0 ? "record" : what.substring(0, space).strip();
        String id = space < 0 ? what : what.substring(space + 1);
        return new AuditedRecord(type.toLowerCase(Locale.ROOT).replace(' ', '-'), id.isEmpty() ? "unknown" : id,
                null, refusal.municipality());
    }
}
