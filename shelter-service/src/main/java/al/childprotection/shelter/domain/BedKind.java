package al.childprotection.shelter.domain;

/** Who a bed is for: a child alone, or a mother with her children, who stay together in one family room. */
public enum BedKind {
    CHILD_ALONE,
    MOTHER_WITH_CHILDREN
}
