package al.childprotection.shelter.service;

import al.childprotection.contracts.Municipalities;
import al.childprotection.kit.problem.RequestRejectedException;
import al.childprotection.shelter.domain.BedKind;

/** What makes a well-formed placement request unacceptable (422), field by field. */
public final class RequestRules {

    /** More children than any family room in the country holds is a mistake in the request, not a full shelter. */
    static final int MOST_CHILDREN_WITH_A_MOTHER = 10;

    private RequestRules() {
    }

    /** How many children: a child alone is one; a mother comes with at least one child. */
    public static int children(BedKind kind, Integer children) {
        if (kind == BedKind.CHILD_ALONE) {
            if (children != null && children != 1) {
                throw RequestRejectedException.conflicting("children", "a request for a child alone is for 1 child");
            }
            return 1;
        }
        if (children == null) {
            throw RequestRejectedException.invalid("children", "how many children come with their mother is required");
        }
        if (children < 1 || children > MOST_CHILDREN_WITH_A_MOTHER) {
            throw RequestRejectedException.conflicting("children", "a mother comes with 1 to "
                    + MOST_CHILDREN_WITH_A_MOTHER + " children");
        }
        return children;
    }

    /**
     * The child's municipality a police team gives: one of the 61, or none when the request names a referral (it
     * is then the referral's, see {@link PlacementScope}).
     */
    public static String municipality(String typed, boolean namesAReferral) {
        return namesAReferral && (typed == null || typed.isBlank()) ? null : municipality(typed);
    }

    /** One of Albania's 61 municipalities, in its canonical spelling. */
    public static String municipality(String typed) {
        if (typed == null || typed.isBlank()) {
            throw RequestRejectedException.invalid("municipality", "the child's municipality is required");
        }
        return Municipalities.canonical(typed).orElseThrow(() -> RequestRejectedException.conflicting("municipality",
                "must be one of Albania's 61 municipalities"));
    }
}
