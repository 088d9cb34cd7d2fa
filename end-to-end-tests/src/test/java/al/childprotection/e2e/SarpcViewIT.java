package al.childprotection.e2e;

import static al.childprotection.e2e.Tokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * SARPC reads referrals pseudonymised (decision 11), with the real {@code sarpc.analyst} of the demo realm: a child
 * recorded by a police team reaches SARPC's list and SARPC's reading of the referral with an age band and a child
 * reference, never with a name, a date of birth, a personal number, a guardian or the circumstances. The Tirana CPU
 * worker, who acts on the referral, still reads the child's names.
 */
@ExtendWith(PackagedPlatform.class)
class SarpcViewIT {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String BORN = "2012-05-17"; // the date of birth of Intakes.withPersonalDetails

    @Test
    void sarpcReadsAPoliceStationsReferralWithAnAgeBandAndNoNameWhileTheCpuReadsItInFull() {
        String givenName = "Zamir" + letters();
        String familyName = "Kelmendi" + letters();
        String personalNumber = "K" + digits(8) + "Z";
        String guardian = "Drita" + letters();
        String phone = "+355 69 " + digits(7);
        String circumstances = "bridge" + letters();
        String intakeId = as("police.kamza").contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Intakes.withPersonalDetails(givenName, familyName, personalNumber, guardian, phone,
                        "Found near the " + circumstances))
                .when().post(PackagedServices.url("police-intake-service") + "/intakes")
                .then().statusCode(201).extract().path("id");

        Map<String, Object> listed = await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> sarpcListed(intakeId), found -> found != null);
        String referralId = (String) listed.get("id");
        String list = as("sarpc.analyst").queryParam("limit", 500).when().get(referrals()).then().statusCode(200)
                .extract().asString();
        String one = as("sarpc.analyst").when().get(referrals() + "/" + referralId).then().statusCode(200)
                .extract().asString();
        String timeline = as("sarpc.analyst").when().get(referrals() + "/" + referralId + "/timeline").then()
                .statusCode(200).extract().asString();

        for (String body : List.of(list, one, timeline)) {
            assertThat(body).doesNotContain(givenName).doesNotContain(familyName).doesNotContain(BORN)
                    .doesNotContain(personalNumber).doesNotContain(guardian).doesNotContain(phone)
                    .doesNotContain(circumstances).doesNotContain("givenName").doesNotContain("dateOfBirth");
        }
        Map<String, Object> read = as("sarpc.analyst").when().get(referrals() + "/" + referralId).then()
                .extract().jsonPath().getMap("$");
        assertThat(read).isEqualTo(listed).doesNotContainKey("child")
                .containsEntry("ageBand", ageBandToday()).containsEntry("municipality", "Tiranë")
                .containsEntry("cpuCode", "cpu-tirane");
        assertThat((String) read.get("childRef")).matches("[0-9a-f]{24}");

        // the CPU that acts on the referral reads who the child is
        Map<String, Object> child = as("cpu.tirana.worker1").when().get(referrals() + "/" + referralId).then()
                .statusCode(200).extract().jsonPath().getMap("child");
        assertThat(child).containsEntry("givenName", givenName).containsEntry("familyName", familyName)
                .containsEntry("dateOfBirth", BORN);
    }

    private static Map<String, Object> sarpcListed(String intakeId) {
        List<Map<String, Object>> all = as("sarpc.analyst").queryParam("limit", 500).when().get(referrals()).then()
                .statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(r -> intakeId.equals(r.get("intakeId"))).findFirst().orElse(null);
    }

    /** The five-year band of a child born on {@link #BORN}, today in Albania. */
    private static String ageBandToday() {
        int age = Period.between(LocalDate.parse(BORN), LocalDate.now(ZoneId.of("Europe/Tirane"))).getYears();
        return age < 15 ? "10-14" : age < 18 ? "15-17" : "18+";
    }

    private static String referrals() {
        return PackagedServices.url("referral-service") + "/referrals";
    }

    private static String letters() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            text.append((char) ('a' + RANDOM.nextInt(26)));
        }
        return text.toString();
    }

    private static String digits(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + RANDOM.nextInt(10)));
        }
        return text.toString();
    }
}
