package al.childprotection.contracts;

/** What a member of the directory does; the realm role of the same name ({@code CPU_WORKER} is {@code cpu-worker}). */
public enum StaffRole {
    CPU_WORKER, CPU_SUPERVISOR, SHELTER_STAFF, SARPC_ANALYST;

    /** The Keycloak realm role. */
    public String realmRole() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
