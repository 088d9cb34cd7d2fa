package al.childprotection.shelter;

import static al.childprotection.shelter.Placements.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import al.childprotection.contracts.Topics;
import al.childprotection.testsupport.EventTap;
import io.quarkus.test.junit.QuarkusTest;

/** Malformed requests are 400, unacceptable ones 422, each naming the field; none leaves anything behind. */
@QuarkusTest
class PlacementInputTests {

    @Test
    void aBadRequestNamesTheFieldAndWritesNothing() {
        int before = requestsOnRecord();
        try (EventTap tap = EventTap.on(Topics.PLACEMENT)) {
            refused("cpu.tirana.worker1", "{\"kind\": \"CHILD_ALONE\"", 400, List.of());
            refused("cpu.tirana.worker1", "{}", 400, List.of("kind"));
            refused("cpu.tirana.worker1", "{\"kind\": \"ADULT\"}", 400, List.of("kind"));
            refused("cpu.tirana.worker1", "{\"kind\": \"MOTHER_WITH_CHILDREN\", \"children\": \"two\"}", 400,
                    List.of("children"));
            refused("cpu.tirana.worker1", "{\"kind\": \"MOTHER_WITH_CHILDREN\"}", 400, List.of("children"));
            refused("cpu.tirana.worker1", "{\"kind\": \"MOTHER_WITH_CHILDREN\", \"children\": 0}", 422,
                    List.of("children"));
            refused("cpu.tirana.worker1", "{\"kind\": \"MOTHER_WITH_CHILDREN\", \"children\": 40}", 422,
                    List.of("children"));
            refused("cpu.tirana.worker1", "{\"kind\": \"CHILD_ALONE\", \"children\": 3}", 422, List.of("children"));
            refused("cpu.tirana.worker1", "{\"kind\": \"CHILD_ALONE\", \"shelterCode\": \"nowhere\"}", 422,
                    List.of("shelterCode"));
            refused("cpu.tirana.worker1", "{\"kind\": \"CHILD_ALONE\", \"referralId\": \"R-12\"}", 400,
                    List.of("referralId"));
            refused("police.kamza", "{\"kind\": \"CHILD_ALONE\"}", 400, List.of("municipality"));
            refused("police.kamza", "{\"kind\": \"CHILD_ALONE\", \"municipality\": \"Atlantis\"}", 422,
                    List.of("municipality"));

            // requests from the routing and case work of other services' tests may arrive meanwhile: not these
            assertThat(tap.all(Duration.ofSeconds(3))).noneMatch(r -> r.value().contains("\"origin\":\"CPU_WORKER\"")
                    || r.value().contains("\"origin\":\"POLICE\""));
        }
        assertThat(requestsOnRecord()).isEqualTo(before);
        as("cpu.tirana.worker1").get("/placement-requests?status=LOST").then().statusCode(400)
                .body("errors.field", equalTo(List.of("status")));
        as("cpu.tirana.worker1").get("/placements?limit=0").then().statusCode(400)
                .body("errors.field", equalTo(List.of("limit")));
    }

    @Test
    void aBadStepOnAStayNamesTheFieldAndChangesNothing() {
        String requestId = Placements.aChildAloneRequested();
        String id = as("shelter.staff").post("/placement-requests/" + requestId + "/admission")
                .then().statusCode(201).extract().path("id");

        as("shelter.staff").body("{\"stayEndsAt\": \"next week\", \"reason\": \"x\"}")
                .post("/placements/" + id + "/extension")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("stayEndsAt")));
        as("shelter.staff").body(Map.of("reason", "pending")).post("/placements/" + id + "/extension")
                .then().statusCode(400).body("errors.field", equalTo(List.of("stayEndsAt")));
        as("shelter.staff").body(Map.of("destination", "HOME")).post("/placements/" + id + "/discharge")
                .then().statusCode(400).body("errors.field", equalTo(List.of("destination")));
        as("shelter.staff").body("{}").post("/placements/" + id + "/discharge")
                .then().statusCode(400).body("errors.field", equalTo(List.of("destination")));
        as("shelter.staff").post("/placements/00000000-0000-0000-0000-000000000009/discharge")
                .then().statusCode(400);

        as("shelter.staff").get("/placements/" + id).then().statusCode(200)
                .body("status", equalTo("IN_SHELTER")).body("extensions.size()", equalTo(0));
    }

    private static void refused(String user, String body, int status, List<String> fields) {
        var response = as(user).body(body).post("/placement-requests")
                .then().statusCode(status).contentType("application/problem+json");
        if (!fields.isEmpty()) {
            response.body("errors.field", equalTo(fields));
        }
    }

    private static int requestsOnRecord() {
        return as("sarpc.analyst").get("/placement-requests?limit=500").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.origin == 'CPU_WORKER' || it.origin == 'POLICE' }.id")
                .size();
    }
}
