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

import al.childprotection.shelter.domain.BedKind;
import al.childprotection.shelter.rest.ShelterView;
import al.childprotection.testsupport.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

@QuarkusTest
class ShelterTests {

    /** Its beds in use change as other tests admit and discharge: the rooms and kinds do not. */
    /** Who it is, as the directory publishes it; its beds, as this service keeps them. */
    private static final ShelterView HOUSE_OF_COLORS = new ShelterView("house-of-colors",
            DirectoryShelters.HOUSE_OF_COLORS_NAME, "Tiranë", true, "children up to 18, and mothers with their children",
            24, 0, 24, null, List.of(new ShelterView.Beds(BedKind.CHILD_ALONE, 12, 0, 12),
                    new ShelterView.Beds(BedKind.MOTHER_WITH_CHILDREN, 12, 0, 12)));

    private static final ShelterView DURRES = new ShelterView("durres-emergency",
            "Strehëza emergjente e Durrësit", "Durrës", true, "children up to 18, and mothers with their children",
            8, 0, 8, null, List.of(new ShelterView.Beds(BedKind.CHILD_ALONE, 3, 0, 3),
                    new ShelterView.Beds(BedKind.MOTHER_WITH_CHILDREN, 5, 0, 5)));

    private static final String[] IN_USE = { "updatedAt", "bedsOccupied", "bedsFree", "beds.occupied",
            "beds.available" };

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void aCpuWorkerSeesTheSheltersWithTheirFreeBeds() {
        List<ShelterView> shelters = List.of(read(as("cpu.tirana.worker1").get("/shelters")
                .then().statusCode(200).extract().response(), ShelterView[].class));
        assertThat(shelters).usingRecursiveFieldByFieldElementComparatorIgnoringFields(IN_USE)
                .contains(HOUSE_OF_COLORS, DURRES);
        assertThat(shelters).allSatisfy(shelter -> {
            assertThat(shelter.updatedAt()).isNotNull();
            assertThat(shelter.bedsFree()).isEqualTo(shelter.bedsTotal() - shelter.bedsOccupied());
            assertThat(shelter.beds()).allSatisfy(beds -> assertThat(beds.available())
                    .isEqualTo(beds.capacity() - beds.occupied()));
            assertThat(shelter.beds().stream().mapToInt(ShelterView.Beds::occupied).sum())
                    .isEqualTo(shelter.bedsOccupied());
        });
    }

    @Test
    void aPoliceTeamAtNightLooksOneShelterUp() {
        ShelterView shelter = read(as("police.kamza").get("/shelters/house-of-colors")
                .then().statusCode(200).extract().response(), ShelterView.class);
        assertThat(shelter).usingRecursiveComparison().ignoringFields(IN_USE).isEqualTo(HOUSE_OF_COLORS);
    }

    @Test
    void anUnknownShelterIsNotFound() {
        as("sarpc.analyst").get("/shelters/nowhere")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("shelter not found"));
    }

    @Test
    void shelterStaffSeeTheirOwnShelter() {
        as("shelter.staff").get("/shelters/house-of-colors").then().statusCode(200).body("bedsTotal", equalTo(24));
        as("shelter.staff").get("/shelters").then().statusCode(200).body("code", equalTo(List.of("house-of-colors")));
    }

    /** No demo user of the realm works at another shelter: a test identity, not a token. */
    @Test
    @TestSecurity(user = "staff.elsewhere", roles = "shelter-staff")
    @OidcSecurity(claims = @Claim(key = "shelter", value = "another-shelter"))
    void shelterStaffOfAnotherShelterAreForbidden() {
        given().get("/shelters/house-of-colors")
                .then().statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("outside your scope"));
        given().get("/shelters").then().statusCode(200).body("code", equalTo(List.of()));
    }

    /** No demo user of the realm is shelter staff without a shelter: a test identity, not a token. */
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
    void aRoleOutsideTheListIsForbidden() {
        as("platform.admin").get("/shelters").then().statusCode(403).contentType("application/problem+json");
        as("platform.admin").get("/shelters/house-of-colors").then().statusCode(403);
    }

    private static RequestSpecification as(String demoUser) {
        return given().auth().oauth2(TestTokens.of(demoUser));
    }

    private static <T> T read(Response response, Class<T> type) {
        try {
            return JSON.readValue(response.asString(), type);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not a " + type.getSimpleName() + ": " + response.asString(), e);
        }
    }
}
