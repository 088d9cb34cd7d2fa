package al.childprotection.contracts;

/** The child's legal status at the police station. */
public enum LegalStatus {
    VICTIM,
    WITNESS,
    IN_CONFLICT_WITH_THE_LAW,
    SUSPECTED_TRAFFICKING_VICTIM,
    UNACCOMPANIED_FOREIGN_CHILD
}
