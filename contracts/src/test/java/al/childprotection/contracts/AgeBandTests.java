package al.childprotection.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AgeBandTests {

    private static final Instant AT = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void theAgeOnTheDayOfTheEventGivesTheBand() {
        assertThat(AgeBand.of(LocalDate.of(2026, 1, 1), null, AT)).isEqualTo("0-4");
        assertThat(AgeBand.of(LocalDate.of(2021, 11, 29), null, AT)).isEqualTo("5-9");
        assertThat(AgeBand.of(LocalDate.of(2016, 11, 30), null, AT)).as("nine until tomorrow").isEqualTo("5-9");
        assertThat(AgeBand.of(LocalDate.of(2012, 11, 29), null, AT)).isEqualTo("10-14");
        assertThat(AgeBand.of(LocalDate.of(2009, 1, 1), null, AT)).isEqualTo("15-17");
    }

    @Test
    void anEstimatedAgeServesWhenTheDateOfBirthIsUnknown() {
        assertThat(AgeBand.of(null, 11, AT)).isEqualTo("10-14");
        assertThat(AgeBand.of(null, null, AT)).isEqualTo(AgeBand.UNKNOWN);
    }
}
