package al.childprotection.intake.domain;

/**
 * On what ground the child is referred: with consent, or without it because the child's best interest requires
 * it, in which case the legal basis is recorded with the intake.
 */
public enum Consent {
    GIVEN_BY_CHILD_AND_GUARDIAN,
    GIVEN_BY_GUARDIAN,
    BEST_INTEREST_OF_THE_CHILD
}
