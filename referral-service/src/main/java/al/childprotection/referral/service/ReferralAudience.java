package al.childprotection.referral.service;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;

import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;
import al.childprotection.referral.domain.Referral;
import al.childprotection.referral.domain.ReferralStep;
import al.childprotection.referral.mapping.ChildReferences;
import al.childprotection.referral.mapping.ReferralMapper;
import al.childprotection.referral.mapping.SarpcReferralMapper;
import al.childprotection.referral.repository.PseudonymKeyRepository;
import al.childprotection.referral.rest.ReferralShown;
import io.smallrye.mutiny.Uni;

/**
 * Who reads a referral in full: the CPU staff (worker or supervisor) of its municipality, who act on it. Every other
 * reader the resource lets in, SARPC, reads it pseudonymised (decision 11). A person with both kinds of role is
 * shown each referral as the more open of their roles would show that one referral alone: their own municipality's
 * in full, every other pseudonymised. The SARPC role never opens a referral wider than a CPU role would.
 */
@ApplicationScoped
public class ReferralAudience {

    private static final List<String> CPU_ROLES = List.of(Roles.CPU_WORKER, Roles.CPU_SUPERVISOR);

    private final PseudonymKeyRepository keys;
    private final AtomicReference<ChildReferences> references = new AtomicReference<>();

    ReferralAudience(PseudonymKeyRepository keys) {
        this.keys = keys;
    }

    public static boolean readsInFull(Caller caller, Referral referral) {
        return CPU_ROLES.stream().anyMatch(caller::hasRole) && caller.worksIn(referral.municipality);
    }

    /** The referral as this caller is shown it. Call inside a session (the key is read once, then kept). */
    public Uni<ReferralShown> shown(Caller caller, Referral referral) {
        return shown(caller, List.of(referral)).map(list -> list.get(0));
    }

    public Uni<List<ReferralShown>> shown(Caller caller, List<Referral> listed) {
        if (listed.stream().allMatch(referral -> readsInFull(caller, referral))) {
            return Uni.createFrom().item(listed.stream().<ReferralShown> map(ReferralMapper::toView).toList());
        }
        return references().map(children -> listed.stream()
                .<ReferralShown> map(referral -> readsInFull(caller, referral)
                        ? ReferralMapper.toView(referral)
                        : SarpcReferralMapper.toView(referral, children))
                .toList());
    }

    /** The steps of a referral's timeline, shown as the referral is. */
    public List<ReferralShown.Step> shown(Caller caller, Referral referral, List<ReferralStep> steps) {
        boolean inFull = readsInFull(caller, referral);
        return steps.stream()
                .<ReferralShown.Step> map(step -> inFull ? ReferralMapper.toView(step) : SarpcReferralMapper.toView(step))
                .toList();
    }

    private Uni<ChildReferences> references() {
        ChildReferences known = references.get();
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return keys.secretOf(ChildReferences.KEY_PURPOSE).map(secret -> {
            references.compareAndSet(null, new ChildReferences(secret));
            return references.get();
        });
    }
}
