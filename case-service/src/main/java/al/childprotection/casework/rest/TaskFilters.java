package al.childprotection.casework.rest;

import java.time.Instant;
import java.util.List;

import al.childprotection.casework.domain.FollowUpTask;

/** The filters of a task list as the query string gives them; a value that does not read is a 400 naming it. */
final class TaskFilters {

    private static final List<FollowUpTask.Status> ACTIVE = List.of(FollowUpTask.Status.OPEN,
            FollowUpTask.Status.UNASSIGNED, FollowUpTask.Status.IN_PROGRESS);

    private TaskFilters() {
    }

    /** {@code open=true}: the tasks still to do; else the statuses named, or all when none is. */
    static List<FollowUpTask.Status> statuses(boolean open, List<String> named) {
        return open ? ACTIVE : ListFilters.oneOf("status", FollowUpTask.Status.class, named);
    }

    /** An instant in ISO-8601 ({@code 2026-12-06T08:00:00Z}), or null when not given. */
    static Instant instant(String field, String value) {
        return ListFilters.instant(field, value);
    }
}
