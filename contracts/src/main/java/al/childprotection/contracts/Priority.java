package al.childprotection.contracts;

/** Drives the SLA clocks: an emergency referral must be acknowledged within 2 h instead of 24 h. */
public enum Priority {
    ROUTINE, EMERGENCY
}
