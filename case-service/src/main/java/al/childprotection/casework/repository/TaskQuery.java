package al.childprotection.casework.repository;

import java.time.Instant;
import java.util.List;

import al.childprotection.casework.domain.FollowUpTask;
import al.childprotection.kit.paging.PageCursor;

/**
 * Which tasks a list shows, and in which stable order: by creation time then id, newest first (a task list) or
 * oldest first (an inbox). A row added while a caller pages through never makes another appear twice or not at all.
 * Each condition is left out when null.
 */
public record TaskQuery(String municipality, String assignee, List<FollowUpTask.Status> statuses,
        Instant dueBefore, Instant createdFrom, Instant createdBefore, boolean newestFirst) {

    /** The cursor's keys: the last row's creation time and id. */
    public static final int CURSOR_KEYS = 2;

    public static PageCursor cursorOf(FollowUpTask task) {
        return PageCursor.of(task.createdAt, task.id);
    }
}
