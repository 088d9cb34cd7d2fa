package al.childprotection.e2e;

import static al.childprotection.e2e.Tokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/**
 * An attempt on another municipality's child is refused (403) and leaves an audit record of the attempt, with ids
 * only: the supervisor of the municipality that holds the record sees it, and SARPC; the supervisor of the caller's
 * own municipality does not (decision 13). What a person outside the municipality lawfully did is listed for its
 * supervisor too. Real tokens, the five packaged services.
 */
@ExtendWith(PackagedPlatform.class)
class RefusedAttemptAuditIT {

    @Test
    void aTiranaWorkersAttemptOnADurresCaseIsShownToTheDurresSupervisorAndSarpcOnly() {
        String familyName = "Refuzuar-" + UUID.randomUUID().toString().substring(0, 6);
        String intakeId = as("police.durres").contentType(ContentType.JSON)
                .body(Intakes.of("Elira", familyName, "Durrës"))
                .when().post(PackagedServices.url("police-intake-service") + "/intakes")
                .then().statusCode(201).extract().path("id");
        String caseId = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .until(() -> caseOpenedFor(intakeId), found -> found != null);

        as("cpu.tirana.worker1").when().get(PackagedServices.url("case-service") + "/cases/" + caseId)
                .then().statusCode(403).contentType("application/problem+json");

        Map<String, Object> attempt = refusedAttemptsOn(caseId, "cpu.durres.supervisor").stream().findFirst()
                .orElseThrow(() -> new AssertionError("the Durrës supervisor sees no refused attempt on the case"));
        assertThat(attempt).containsEntry("actor", "cpu.tirana.worker1").containsEntry("actorRole", "cpu-worker")
                .containsEntry("actorMunicipality", "Tiranë").containsEntry("action", "case.refused")
                .containsEntry("recordType", "case").containsEntry("recordId", caseId)
                .containsEntry("recordMunicipality", "Durrës").containsEntry("method", "GET")
                .containsEntry("path", "/cases/{id}").containsEntry("outcome", "REFUSED");
        assertThat((String) attempt.get("at")).isNotBlank();
        // ids and the caller, nothing of the child
        assertThat(attempt.values().toString()).doesNotContain(familyName).doesNotContain("Elira");

        // found by the case as well
        assertThat(audit("cpu.durres.supervisor", "child", caseId)).extracting(row -> row.get("outcome"))
                .contains("REFUSED");
        // SARPC sees every municipality's refused attempts
        assertThat(refusedAttemptsOn(caseId, "sarpc.analyst")).singleElement().isEqualTo(attempt);
        // the caller's own supervisor holds none of the records asked for, and sees nothing of it
        assertThat(refusedAttemptsOn(caseId, "cpu.tirana.supervisor")).isEmpty();
        assertThat(audit("cpu.tirana.supervisor", "child", caseId)).isEmpty();
    }

    @Test
    void whatAPoliceTeamOfAnotherMunicipalityDidIsListedForTheChildsSupervisor() {
        String intakeId = as("police.kamza").contentType(ContentType.JSON)
                .body(Intakes.of("Dea", "Jashte-" + UUID.randomUUID().toString().substring(0, 6), "Tiranë"))
                .when().post(PackagedServices.url("police-intake-service") + "/intakes")
                .then().statusCode(201).extract().path("id");

        List<Map<String, Object>> outside = audit(PackagedServices.url("police-intake-service"),
                "cpu.tirana.supervisor", "outside", "true");
        assertThat(outside).filteredOn(row -> intakeId.equals(row.get("recordId"))).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("actor", "police.kamza")
                        .containsEntry("actorMunicipality", "Kamëz").containsEntry("recordMunicipality", "Tiranë")
                        .containsEntry("action", "intake.recorded").containsEntry("outcome", "DONE"));
        assertThat(outside).allSatisfy(row -> assertThat(row.get("actorMunicipality")).isNotEqualTo("Tiranë"));
        assertThat(audit(PackagedServices.url("police-intake-service"), "cpu.durres.supervisor", "outside", "true"))
                .noneMatch(row -> intakeId.equals(row.get("recordId")));
    }

    /** The case the intake's referral opened, as case-service's audit trail names it (SARPC reads every one). */
    private static String caseOpenedFor(String intakeId) {
        return audit("sarpc.analyst", "child", intakeId).stream()
                .filter(row -> "case.opened".equals(row.get("action"))).map(row -> (String) row.get("recordId"))
                .findFirst().orElse(null);
    }

    private static List<Map<String, Object>> refusedAttemptsOn(String recordId, String reader) {
        return audit(reader, "outcome", "REFUSED").stream().filter(row -> recordId.equals(row.get("recordId")))
                .toList();
    }

    private static List<Map<String, Object>> audit(String reader, String filter, String value) {
        return audit(PackagedServices.url("case-service"), reader, filter, value);
    }

    private static List<Map<String, Object>> audit(String service, String reader, String filter, String value) {
        return Lists.all(reader, service + "/audit?limit=500&" + filter + "=" + value);
    }
}
