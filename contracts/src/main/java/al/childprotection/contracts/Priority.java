package al.childprotection.contracts;

/** Drives the SLA clocks: the tighter the priority, the shorter every deadline. */
public enum Priority {
    EMERGENCY, HIGH, NORMAL
}
