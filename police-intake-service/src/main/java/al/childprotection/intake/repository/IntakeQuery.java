package al.childprotection.intake.repository;

import java.time.Instant;
import java.util.List;

import al.childprotection.intake.domain.Intake;
import al.childprotection.intake.domain.ReferralStatus;
import al.childprotection.kit.paging.PageCursor;

/**
 * Which of a station's intakes a list shows, and in which stable order: newest contact first, then id (both
 * descending). Each condition is left out when null; {@code contactFrom} is inclusive, {@code contactBefore}
 * exclusive.
 */
public record IntakeQuery(String stationCode, List<ReferralStatus> referralStatuses, Instant contactFrom,
        Instant contactBefore) {

    /** The cursor's keys: the last row's contact time and id. */
    public static final int CURSOR_KEYS = 2;

    public static PageCursor cursorOf(Intake intake) {
        return PageCursor.of(intake.contactAt, intake.id);
    }

    /** The cursor a caller sent, its keys read now: one that does not read is a 400 before anything is looked up. */
    public static PageCursor cursor(String sent) {
        PageCursor after = PageCursor.read(sent, CURSOR_KEYS);
        if (after != null) {
            after.instant(0);
            after.uuid(1);
        }
        return after;
    }
}
