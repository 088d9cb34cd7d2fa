package al.childprotection.contracts;

/** The child's situation as the police psychosocial team sees it; several can apply at once. */
public enum Situation {
    VICTIM,
    WITNESS,
    IN_CONFLICT_WITH_THE_LAW,
    SUSPECTED_TRAFFICKING_VICTIM,
    UNACCOMPANIED_FOREIGN_CHILD,
    WITHOUT_PARENTAL_CARE
}
