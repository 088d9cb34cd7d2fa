package al.childprotection.contracts;

/** Who a breached SLA clock is escalated to: first the CPU's supervisor, on a second breach SARPC. */
public enum EscalationLevel {
    SUPERVISOR, SARPC
}
