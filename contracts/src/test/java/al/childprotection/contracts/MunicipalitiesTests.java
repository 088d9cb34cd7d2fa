package al.childprotection.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class MunicipalitiesTests {

    @Test
    void namesAreFoundWithOrWithoutAlbanianLettersAndInTheDefiniteForm() {
        assertThat(Municipalities.canonical("Tirana")).contains("Tiranë");
        assertThat(Municipalities.canonical("TIRANE")).contains("Tiranë");
        assertThat(Municipalities.canonical("Durrësi")).contains("Durrës");
        assertThat(Municipalities.canonical("Shkodra")).contains("Shkodër");
        assertThat(Municipalities.canonical("Kamza")).contains("Kamëz");
        assertThat(Municipalities.canonical("fushe-arrez")).contains("Fushë-Arrëz");
        assertThat(Municipalities.canonical("Malësi e Madhe")).contains("Malësi e Madhe");
    }

    @Test
    void thereAreSixtyOneAndNothingElse() {
        Set<String> all = new HashSet<>();
        for (String typed : new String[] { "Atlantis", "", "Tirana e Re", "Prishtina" }) {
            assertThat(Municipalities.canonical(typed)).as(typed).isEmpty();
        }
        for (String name : new String[] { "Berat", "Kuçovë", "Poliçan", "Skrapar", "Ura Vajgurore", "Bulqizë",
                "Dibër", "Klos", "Mat", "Durrës", "Krujë", "Shijak", "Belsh", "Cërrik", "Elbasan", "Gramsh",
                "Librazhd", "Peqin", "Prrenjas", "Divjakë", "Fier", "Lushnjë", "Mallakastër", "Patos", "Roskovec",
                "Dropull", "Gjirokastër", "Këlcyrë", "Libohovë", "Memaliaj", "Përmet", "Tepelenë", "Devoll", "Kolonjë",
                "Korçë", "Maliq", "Pogradec", "Pustec", "Has", "Kukës", "Tropojë", "Kurbin", "Lezhë", "Mirditë",
                "Fushë-Arrëz", "Malësi e Madhe", "Pukë", "Shkodër", "Vau i Dejës", "Kamëz", "Kavajë", "Rrogozhinë",
                "Tiranë", "Vorë", "Delvinë", "Finiq", "Himarë", "Konispol", "Sarandë", "Selenicë", "Vlorë" }) {
            assertThat(Municipalities.canonical(name)).as(name).contains(name);
            all.add(name);
        }
        assertThat(all).hasSize(61);
    }
}
