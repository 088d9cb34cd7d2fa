package al.childprotection.shelter;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import al.childprotection.shelter.rest.ShelterView;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;

@QuarkusTest
class ShelterTests {

    private static final ShelterView HOUSE_OF_COLORS = new ShelterView("house-of-colors",
            "Shtëpia e Ngjyrave (House of Colors)", "Tiranë", "children up to 18, and mothers with their children",
            24, 0, 24, null);

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    @TestSecurity(user = "cpu.tirana.worker1", roles = "cpu-worker")
    @OidcSecurity(claims = @Claim(key = "municipality", value = "Tiranë"))
    void aCpuWorkerSeesTheSheltersWithTheirFreeBeds() {
        List<ShelterView> shelters = List.of(read(given().get("/shelters").then().statusCode(200).extract().response(),
                ShelterView[].class));
        assertThat(shelters).usingRecursiveFieldByFieldElementComparatorIgnoringFields("updatedAt")
                .containsExactly(HOUSE_OF_COLORS);
        assertThat(shelters.get(0).updatedAt()).isNotNull();
    }

    @Test
    @TestSecurity(user = "police.kamza", roles = "police-psychosocial")
    @OidcSecurity(claims = { @Claim(key = "municipality", value = "Kamëz"), @Claim(key = "police_station", value = "PS-KAMEZ") })
    void aPoliceTeamAtNightLooksOneShelterUp() {
        ShelterView shelter = read(given().get("/shelters/house-of-colors").then().statusCode(200).extract().response(),
                ShelterView.class);
        assertThat(shelter).usingRecursiveComparison().ignoringFields("updatedAt").isEqualTo(HOUSE_OF_COLORS);
    }

    @Test
    @TestSecurity(user = "sarpc.analyst", roles = "sarpc-analyst")
    void anUnknownShelterIsNotFound() {
        given().get("/shelters/nowhere")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("shelter nowhere not found"));
    }

    @Test
    @TestSecurity(user = "shelter.staff", roles = "shelter-staff")
    @OidcSecurity(claims = @Claim(key = "shelter", value = "house-of-colors"))
    void shelterStaffSeeTheirOwnShelter() {
        given().get("/shelters/house-of-colors").then().statusCode(200).body("bedsFree", equalTo(24));
        given().get("/shelters").then().statusCode(200).body("code", equalTo(List.of("house-of-colors")));
    }

    @Test
    @TestSecurity(user = "staff.elsewhere", roles = "shelter-staff")
    @OidcSecurity(claims = @Claim(key = "shelter", value = "another-shelter"))
    void shelterStaffOfAnotherShelterAreForbidden() {
        given().get("/shelters/house-of-colors")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("outside your scope"));
        given().get("/shelters").then().statusCode(200).body("code", equalTo(List.of()));
    }

    @Test
    @TestSecurity(user = "staff.unplaced", roles = "shelter-staff")
    void shelterStaffWithoutAShelterAreForbidden() {
        given().get("/shelters").then().statusCode(403).contentType("application/problem+json");
        given().get("/shelters/house-of-colors").then().statusCode(403);
    }

    @Test
    void withoutATokenSheltersAreUnauthorized() {
        given().get("/shelters").then().statusCode(401).contentType("application/problem+json");
        given().get("/shelters/house-of-colors").then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "platform.admin", roles = "platform-admin")
    void aRoleOutsideTheListIsForbidden() {
        given().get("/shelters").then().statusCode(403).contentType("application/problem+json");
        given().get("/shelters/house-of-colors").then().statusCode(403);
    }

    private static <T> T read(Response response, Class<T> type) {
        try {
            return JSON.readValue(response.asString(), type);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a " + type.getSimpleName() + ": " + response.asString(), e);
        }
    }
}
