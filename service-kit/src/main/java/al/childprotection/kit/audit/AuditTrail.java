package al.childprotection.kit.audit;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.arc.Arc;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Writes the audit trail: every read and every change of a child's record. The caller and the endpoint come from
 * the current request; work with no user behind it (a consumer, a clock) is recorded as the service itself.
 *
 * <p>Called inside a transaction ({@code @WithTransaction}), the record joins it: it exists exactly when the change
 * does, and a change that fails or is refused leaves none. Called outside one (a read under {@code @WithSession}),
 * it commits a transaction of its own before the data leave the service. A refused attempt (403) is recorded in a
 * transaction of its own whatever the request's does ({@link #refused}).
 */
@ApplicationScoped
public class AuditTrail {

    /** What was done; or what was asked for and refused (403, outside the caller's scope). */
    static final String DONE = "DONE";
    static final String REFUSED = "REFUSED";

    /** One row per record: the list's columns unnested in their order, the rest the same for all. */
    private static final String INSERT = """
            insert into audit_record (at, actor, actor_role, actor_municipality, action, record_type, record_id,
                                      intake_id, record_municipality, method, path, outcome)
            select :at, :actor, :role, :municipality, :action, r.type, r.id, r.intake, r.municipality, :method, :path,
                   :outcome
            from unnest(cast(:types as text[]), cast(:ids as text[]), cast(:intakes as text[]),
                        cast(:municipalities as text[])) with ordinality as r(type, id, intake, municipality, n)
            order by r.n
            """;

    private final Caller caller;
    private final SecurityIdentity identity;
    private final CalledEndpoint endpoint;
    private final Mutiny.SessionFactory sessions;
    private final String service;

    AuditTrail(Caller caller, SecurityIdentity identity, CalledEndpoint endpoint, Mutiny.SessionFactory sessions,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.caller = caller;
        this.identity = identity;
        this.endpoint = endpoint;
        this.sessions = sessions;
        this.service = service;
    }

    /** One record read or changed ({@code action}: what was done, such as {@code intake.corrected}). */
    public Uni<Void> record(String action, AuditedRecord record) {
        return record(action, List.of(record));
    }

    /** Several records at once, such as the entries of a list that was read: one audit record each. */
    public Uni<Void> record(String action, List<AuditedRecord> records) {
        if (records.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Actor actor = actor();
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> insert(session, actor, action, records, DONE)))
                .replaceWithVoid();
    }

    /**
     * An attempt on a record that was refused (403): who asked for which record, and that it was refused. Written in
     * a session and transaction of its own, never the request's: the request's transaction rolls back with the
     * refusal, its record must not.
     */
    public Uni<Void> refused(String action, AuditedRecord record) {
        Actor actor = actor();
        return sessions.openStatelessSession()
                .chain(session -> session.withTransaction(tx -> insert(session, actor, action, List.of(record),
                        REFUSED)).eventually(session::close))
                .replaceWithVoid();
    }

    /** One statement for the whole list: a list of 500 referrals is one round trip, not 500. */
    private static Uni<Integer> insert(Mutiny.QueryProducer session, Actor actor, String action,
            List<AuditedRecord> records, String outcome) {
        return session.createNativeQuery(INSERT)
                .setParameter("at", Instant.now())
                .setParameter("actor", actor.name())
                .setParameter("role", actor.role())
                .setParameter("municipality", actor.municipality())
                .setParameter("action", action)
                .setParameter("method", actor.method())
                .setParameter("path", actor.path())
                .setParameter("outcome", outcome)
                .setParameter("types", column(records, AuditedRecord::type))
                .setParameter("ids", column(records, AuditedRecord::id))
                .setParameter("intakes", column(records, AuditedRecord::intakeId))
                .setParameter("municipalities", column(records, r -> r.municipality() == null ? null
                        : nfc(r.municipality())))
                .executeUpdate();
    }

    /** Who is acting, and through which endpoint: a person in a request, or else the service itself. */
    private record Actor(String name, String role, String municipality, String method, String path) {
    }

    private Actor actor() {
        // outside an HTTP request (a consumer, a clock) the identity is not asked for: resolving it would block
        boolean person = Arc.container().requestContext().isActive() && endpoint.method() != null
                && !identity.isAnonymous();
        if (!person) {
            return new Actor(service, null, null, null, null);
        }
        return new Actor(caller.username(), roles(), caller.municipality().map(AuditTrail::nfc).orElse(null),
                endpoint.method(), endpoint.path());
    }

    private static String[] column(List<AuditedRecord> records, Function<AuditedRecord, String> value) {
        return records.stream().map(value).toArray(String[]::new);
    }

    private String roles() {
        String roles = identity.getRoles().stream().filter(Roles.OF_PEOPLE::contains).sorted()
                .collect(Collectors.joining(","));
        return roles.isEmpty() ? null : roles;
    }

    /** One Unicode form for names, so that a supervisor's claim matches however the name was typed. */
    static String nfc(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }
}
