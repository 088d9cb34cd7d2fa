package al.childprotection.shelter.rest;

import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.kit.scope.Caller;

/** Shelter staff work at one shelter, named by the token's {@code shelter} claim; without one they see nothing. */
final class StaffScope {

    static final String SHELTER_STAFF = "shelter-staff";
    static final String POLICE = "police-psychosocial";
    static final String SARPC = "sarpc-analyst";

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

    static String ownShelter(Caller caller) {
        return caller.shelter().orElseThrow(() -> RequestRejectedException.forbidden("your account has no shelter"));
    }
}
