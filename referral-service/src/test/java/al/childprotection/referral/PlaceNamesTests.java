package al.childprotection.referral;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import al.childprotection.referral.service.PlaceNames;

class PlaceNamesTests {

    @Test
    void albanianLettersCaseAndPunctuationDoNotMatter() {
        assertThat(PlaceNames.normalize("Tiranë")).isEqualTo("tirane");
        assertThat(PlaceNames.normalize("  KORÇË ")).isEqualTo("korce");
        assertThat(PlaceNames.normalize("Fushë-Arrëz")).isEqualTo("fushe arrez");
        assertThat(PlaceNames.normalize(null)).isEmpty();
    }

    @Test
    void administrativeUnitsAreKeyedByWhatIsLeftAfterTheGenericWords() {
        assertThat(PlaceNames.administrativeUnitKey("Njësia Administrative Nr. 5")).isEqualTo("5");
        assertThat(PlaceNames.administrativeUnitKey("njesia 11")).isEqualTo("11");
        assertThat(PlaceNames.administrativeUnitKey("NjA Kashar")).isEqualTo("kashar");
        assertThat(PlaceNames.administrativeUnitKey("Zall-Herr")).isEqualTo("zall herr");
    }
}
