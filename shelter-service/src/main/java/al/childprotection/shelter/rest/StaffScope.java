package al.childprotection.shelter.rest;

import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;
import al.childprotection.kit.scope.Roles;

/** Shelter staff work at one shelter, named by the token's {@code shelter} claim; without one they see nothing. */
final class StaffScope {

    static final String SHELTER_STAFF = Roles.SHELTER_STAFF;
    static final String POLICE = Roles.POLICE;
    static final String SARPC = Roles.SARPC;

    private StaffScope() {
    }

    /** A query parameter naming one of an enum's values; anything else is a 400 naming the parameter. */
    static <E extends Enum<E>> E valueOf(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw RequestRejectedException.notOneOf(parameter, type.getEnumConstants());
        }
    }

    /**
     * The municipality a list is narrowed to: the caller's own ({@code own}, null when the caller's scope is not a
     * municipality) or, for the others, the one asked for. A CPU asking for another municipality is refused (403).
     */
    static String within(String own, String asked) {
        String wanted = ListFilters.municipality(asked);
        if (own == null) {
            return wanted;
        }
        if (wanted != null && !Caller.sameMunicipality(own, wanted)) {
            throw RequestRejectedException.forbidden("a CPU lists only its own municipality's children");
        }
        return own;
    }

    static String ownShelter(Caller caller) {
        return caller.shelter().orElseThrow(() -> RequestRejectedException.forbidden("your account has no shelter"));
    }
}
