package al.childprotection.kit.scope;

import java.util.Set;

/**
 * The platform's realm roles, as Keycloak names them (deploy/keycloak): the one place a role's name is written.
 * Constants, so that {@code @RolesAllowed} can name them.
 */
public final class Roles {

    /** A psychosocial team at a police station: records and corrects its station's intakes. */
    public static final String POLICE = "police-psychosocial";
    /** A CPU worker: the referrals, cases and tasks of their municipality. */
    public static final String CPU_WORKER = "cpu-worker";
    /** A CPU supervisor: as a worker, and assigns, reassigns, confirms matches and approves plans. */
    public static final String CPU_SUPERVISOR = "cpu-supervisor";
    /** The emergency shelter's staff: placement requests and stays at their shelter. */
    public static final String SHELTER_STAFF = "shelter-staff";
    /** A SARPC analyst: every municipality, pseudonymised. */
    public static final String SARPC = "sarpc-analyst";
    /** The platform's operator: the directory, dead letters, audit. */
    public static final String ADMIN = "platform-admin";

    /** Every role a person holds; a token with none of them is a system's (a ministry client). */
    public static final Set<String> OF_PEOPLE = Set.of(POLICE, CPU_WORKER, CPU_SUPERVISOR, SHELTER_STAFF, SARPC, ADMIN);

    private Roles() {
    }
}
