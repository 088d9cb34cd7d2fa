package al.childprotection.kit.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import al.childprotection.kit.problem.RequestRejectedException;

class PageCursorTests {

    @Test
    void aCursorGivesBackTheSortKeysOfTheLastRowShown() {
        Instant due = Instant.parse("2026-12-05T09:30:00.123456Z");
        UUID id = UUID.randomUUID();

        PageCursor read = PageCursor.read(PageCursor.of(due, id).write(), 2);

        assertThat(read.instant(0)).isEqualTo(due);
        assertThat(read.uuid(1)).isEqualTo(id);
    }

    @Test
    void noCursorIsTheFirstPage() {
        assertThat(PageCursor.read(null, 2)).isNull();
        assertThat(PageCursor.read(" ", 2)).isNull();
    }

    @Test
    void aCursorThisListDidNotGiveIsABadRequestNamingTheCursor() {
        for (String forged : new String[] { "not base64 at all!", PageCursor.of("one key").write(),
                PageCursor.of("yesterday", "not-a-uuid").write() }) {
            assertThatThrownBy(() -> {
                PageCursor cursor = PageCursor.read(forged, 2);
                cursor.instant(0);
                cursor.uuid(1);
            }).isInstanceOfSatisfying(RequestRejectedException.class, rejected -> {
                assertThat(rejected.status()).isEqualTo(400);
                assertThat(rejected.field()).isEqualTo("cursor");
                assertThat(rejected.getMessage()).doesNotContain(forged);
            });
        }
    }

    @Test
    void aPageSizeOutsideOneToFiveHundredIsABadRequestNamingTheLimit() {
        assertThat(Pages.limit(null)).isEqualTo(Pages.DEFAULT_LIMIT);
        assertThat(Pages.limit(500)).isEqualTo(500);
        for (int wrong : new int[] { 0, -1, 501 }) {
            assertThatThrownBy(() -> Pages.limit(wrong)).isInstanceOfSatisfying(RequestRejectedException.class,
                    rejected -> assertThat(rejected.field()).isEqualTo("limit"));
        }
    }
}
