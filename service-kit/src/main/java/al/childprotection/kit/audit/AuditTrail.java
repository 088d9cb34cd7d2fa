package al.childprotection.kit.audit;

import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import al.childprotection.kit.scope.Caller;
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
 * it commits a transaction of its own before the data leave the service.
 */
@ApplicationScoped
public class AuditTrail {

    /** The roles of the realm that say what a person does; Keycloak's own roles say nothing. */
    static final Set<String> PLATFORM_ROLES = Set.of("police-psychosocial", "cpu-worker", "cpu-supervisor",
            "shelter-staff", "sarpc-analyst", "platform-admin");

    private final Caller caller;
    private final SecurityIdentity identity;
    private final CalledEndpoint endpoint;
    private final String service;

    AuditTrail(Caller caller, SecurityIdentity identity, CalledEndpoint endpoint,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.caller = caller;
        this.identity = identity;
        this.endpoint = endpoint;
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
        List<AuditRecord> rows = rows(action, records);
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.persistAll(rows.toArray())));
    }

    private List<AuditRecord> rows(String action, List<AuditedRecord> records) {
        boolean person = Arc.container().requestContext().isActive() && !identity.isAnonymous();
        String actor = person ? caller.username() : service;
        String role = person ? roles() : null;
        String municipality = person ? caller.municipality().map(AuditTrail::nfc).orElse(null) : null;
        String method = person ? endpoint.method() : null;
        String path = person ? endpoint.path() : null;
        Instant at = Instant.now();
        return records.stream().map(audited -> {
            AuditRecord row = new AuditRecord();
            row.at = at;
            row.actor = actor;
            row.actorRole = role;
            row.actorMunicipality = municipality;
            row.action = action;
            row.recordType = audited.type();
            row.recordId = audited.id();
            row.intakeId = audited.intakeId();
            row.recordMunicipality = audited.municipality() == null ? null : nfc(audited.municipality());
            row.method = method;
            row.path = path;
            return row;
        }).toList();
    }

    private String roles() {
        String roles = identity.getRoles().stream().filter(PLATFORM_ROLES::contains).sorted()
                .collect(Collectors.joining(","));
        return roles.isEmpty() ? null : roles;
    }

    /** One Unicode form for names, so that a supervisor's claim matches however the name was typed. */
    static String nfc(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }
}
