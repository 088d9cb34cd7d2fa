package al.childprotection.casework.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.kit.problem.RequestRejectedException;

/** The filters of a task list as the query string gives them; a value that does not read is a 400 naming it. */
final class TaskFilters {

    private static final List<FollowUpTask.Status> ACTIVE = List.of(FollowUpTask.Status.OPEN,
            FollowUpTask.Status.UNASSIGNED, FollowUpTask.Status.IN_PROGRESS);

    private TaskFilters() {
    }

    /** {@code open=true}: the tasks still to do; else the statuses named, or all when none is. */
    static List<FollowUpTask.Status> statuses(boolean open, List<String> named) {
        if (open) {
            return ACTIVE;
        }
        if (named == null || named.isEmpty()) {
            return null;
        }
        List<FollowUpTask.Status> statuses = new ArrayList<>();
        for (String name : named) {
            try {
                statuses.add(FollowUpTask.Status.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw RequestRejectedException.notOneOf("status", FollowUpTask.Status.values());
            }
        }
        return statuses;
    }

    /** An instant in ISO-8601 ({@code 2026-12-06T08:00:00Z}), or null when not given. */
    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw RequestRejectedException.invalid(field, "must be an instant such as 2026-12-06T08:00:00Z");
        }
    }
}
