package al.childprotection.kit.scope;

import java.text.Normalizer;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import al.childprotection.kit.problem.RequestRejectedException;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling and where they work, from the token: a CPU worker's municipality and unit, a police team's
 * station, a shelter's staff. Attribute-based scope is enforced here, in the service, on top of the roles.
 */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    public String username() {
        return claim("preferred_username").orElse(identity.getPrincipal().getName());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> municipality() {
        return claim("municipality");
    }

    public Optional<String> cpu() {
        return claim("cpu");
    }

    public Optional<String> policeStation() {
        return claim("police_station");
    }

    public Optional<String> shelter() {
        return claim("shelter");
    }

    /** The caller's station; a police account without one cannot record anything. */
    public String requirePoliceStation() {
        return policeStation().orElseThrow(() -> RequestRejectedException.forbidden("your account has no police station"));
    }

    public String requireMunicipality() {
        return municipality().orElseThrow(() -> RequestRejectedException.forbidden("your account has no municipality"));
    }

    /** True when the record belongs to the caller's municipality (names compared in one Unicode form). */
    public boolean worksIn(String municipality) {
        return municipality().map(mine -> sameMunicipality(mine, municipality)).orElse(false);
    }

    /** {@code what}: the record's type and id ({@code "case <id>"}), named in the refusal and its audit record. */
    public void requireWorksIn(String municipality, String what) {
        if (!worksIn(municipality)) {
            throw RequestRejectedException.outOfScope(what, municipality);
        }
    }

    private Optional<String> claim(String name) {
        Object value = token == null ? null : token.getClaim(name);
        if (value instanceof JsonString json) {
            return Optional.of(json.getString());
        }
        return Optional.ofNullable(value).map(Object::toString).filter(s -> !s.isBlank());
    }

    /** Two municipality names are one when they are equal in one Unicode form, case aside (null is nobody's). */
    public static boolean sameMunicipality(String a, String b) {
        return a != null && b != null && Normalizer.normalize(a, Normalizer.Form.NFC)
                .equalsIgnoreCase(Normalizer.normalize(b, Normalizer.Form.NFC));
    }
}
