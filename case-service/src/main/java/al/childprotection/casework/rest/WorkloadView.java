package al.childprotection.casework.rest;

/** One member of the supervisor's CPU and the tasks they have to do: open, in progress, and of those overdue. */
public record WorkloadView(String username, String displayName, String role, long open, long inProgress,
        long overdue) {
}
