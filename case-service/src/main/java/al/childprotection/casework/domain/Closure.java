package al.childprotection.casework.domain;

/** The codes a case closes with: why it closed, and how the child's situation ended. */
public final class Closure {

    private Closure() {
    }

    public enum Reason {
        PROTECTION_GOALS_MET, NO_PROTECTION_NEED_FOUND, CHILD_MOVED_AWAY, TRANSFERRED_TO_ANOTHER_CPU,
        CHILD_REACHED_ADULTHOOD, FAMILY_WITHDREW_CONSENT, OTHER
    }

    /**
     * How a referral ended elsewhere, ending its case here: the reason a case closed by its referral's end carries.
     * referral-service, which closes a referral when its case closes, knows these as ends it caused itself.
     */
    public enum Ending {
        REDIRECTED, REVOKED, REJECTED, CLOSED, CONSENT_WITHDRAWN
    }

    public enum Outcome {
        STAYS_WITH_FAMILY, FAMILY_REUNIFICATION, KINSHIP_CARE, FOSTER_CARE, RESIDENTIAL_CARE, INDEPENDENT_LIVING,
        REFERRED_TO_ANOTHER_SERVICE, UNKNOWN
    }
}
