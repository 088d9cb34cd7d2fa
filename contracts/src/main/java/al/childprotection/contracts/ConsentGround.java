package al.childprotection.contracts;

/**
 * On what ground a child is referred: with consent, or without it because the child's best interest requires it,
 * in which case a legal basis is named.
 */
public enum ConsentGround {
    GIVEN_BY_CHILD_AND_GUARDIAN,
    GIVEN_BY_GUARDIAN,
    BEST_INTEREST_OF_THE_CHILD
}
