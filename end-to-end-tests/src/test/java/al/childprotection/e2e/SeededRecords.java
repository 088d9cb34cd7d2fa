package al.childprotection.e2e;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import al.childprotection.testsupport.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * The records the access matrix acts on, made through the real flow the first time a fixture asks for one: an
 * intake at Kamza police station for a child living in Tirana, its referral to the Tirana CPU, the case, the
 * follow-up task and the assignee's notification. Steps that change a referral get a fresh one each.
 */
final class SeededRecords {

    private final Map<String, Object> made = new HashMap<>();
    private final TemporaryAccounts accounts;

    SeededRecords(TemporaryAccounts accounts) {
        this.accounts = accounts;
    }

    // ---- the intake that reached a Tirana worker's inbox (made once) ----

    String intakeBody() {
        return once("intakeBody", () -> Intakes.of("Matrix", "Access-" + suffix(), "Tirana"));
    }

    String intakeId() {
        return once("intakeId", () -> recordIntake(intakeBody()));
    }

    String referralId() {
        return once("referralId", () -> referralOf(intakeId()));
    }

    String taskId() {
        return (String) assignment().get("taskId");
    }

    String caseId() {
        return (String) assignment().get("caseId");
    }

    /** The Tirana worker the task was given to. */
    String assignee() {
        return (String) assignment().get("recipient");
    }

    /** The Tirana worker the task was not given to: same role, same municipality, not their task. */
    String otherTiranaWorker() {
        return assignee().equals("cpu.tirana.worker1") ? "cpu.tirana.worker2" : "cpu.tirana.worker1";
    }

    String notificationId() {
        return (String) assignment().get("id");
    }

    // ---- referrals in the state a step needs (a fresh one each time) ----

    /** A new referral, CREATED at the Tirana CPU. */
    String freshReferral() {
        return referralOf(recordIntake(Intakes.of("Matrix", "Step-" + suffix(), "Tirana")));
    }

    String acknowledgedReferral() {
        String id = freshReferral();
        step(id, "acknowledgement");
        return id;
    }

    String acceptedReferral() {
        String id = acknowledgedReferral();
        step(id, "acceptance");
        return id;
    }

    // ---- the directory, edited by the platform administrator (entries named e2e-...) ----

    /** A new CPU code, not yet in the directory. */
    static String newUnitCode() {
        return "e2e-" + suffix();
    }

    static String newStationCode() {
        return "PS-E2E-" + suffix().toUpperCase();
    }

    /** A CPU made for this run, in Lezhë (which keeps its own CPU for its children). */
    String createdUnit() {
        return created("/directory/child-protection-units", """
                {"code": "%s", "name": "E2E unit", "municipality": "Lezhë"}""".formatted(newUnitCode()));
    }

    String createdStation() {
        return created("/directory/police-stations", """
                {"code": "%s", "name": "E2E station", "municipality": "Lezhë"}""".formatted(newStationCode()));
    }

    String createdAgency() {
        return created("/directory/partner-agencies", """
                {"code": "%s", "name": "E2E shelter", "kind": "SHELTER", "municipality": "Lezhë"}"""
                .formatted(newUnitCode()));
    }

    /** A CPU of this run that has one member, {@link #member()}. */
    String unitWithMember() {
        return once("unitWithMember", this::createdUnit);
    }

    String member() {
        return once("member", () -> {
            String username = "e2e.member." + suffix();
            as("platform.admin").contentType(ContentType.JSON)
                    .body("{\"username\": \"" + username + "\", \"role\": \"WORKER\"}")
                    .post(PackagedServices.url("referral-service") + "/directory/child-protection-units/"
                            + unitWithMember() + "/members")
                    .then().statusCode(201);
            return username;
        });
    }

    // ---- accounts the demo realm lacks ----

    /** A shelter-staff account of a shelter other than the House of Colors. */
    String staffOfAnotherShelter() {
        return once("staffOfAnotherShelter", () -> accounts.user("shelter-staff", Map.of("shelter", "e2e-other")));
    }

    static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String created(String collection, String body) {
        return as("platform.admin").contentType(ContentType.JSON).body(body)
                .post(PackagedServices.url("referral-service") + collection)
                .then().statusCode(201).extract().path("code");
    }

    private static String recordIntake(String body) {
        return as("police.kamza").contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post(PackagedServices.url("police-intake-service") + "/intakes")
                .then().statusCode(201).extract().path("id");
    }

    private static String referralOf(String intakeId) {
        return await().atMost(Duration.ofSeconds(90)).until(() -> list("cpu.tirana.supervisor", "referral-service",
                "/referrals").stream()
                .filter(r -> intakeId.equals(r.get("intakeId"))).map(r -> (String) r.get("id"))
                .findFirst().orElse(null), id -> id != null);
    }

    /**
     * The notice of the referral's task in its assignee's inbox, newest first: found there rather than in the
     * supervisor's task list, which puts the oldest due date first and grows with every run on the shared broker.
     */
    private Map<String, Object> assignment() {
        return once("assignment", () -> await().atMost(Duration.ofSeconds(90)).until(() -> Stream
                .of("cpu.tirana.worker1", "cpu.tirana.worker2")
                .flatMap(worker -> list(worker, "notification-service", "/inbox").stream())
                .filter(n -> referralId().equals(n.get("referralId")) && n.get("taskId") != null)
                .findFirst().orElse(null), found -> found != null));
    }

    private static void step(String referralId, String step) {
        as("cpu.tirana.worker1").post(PackagedServices.url("referral-service") + "/referrals/" + referralId + "/" + step)
                .then().statusCode(200);
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static List<Map<String, Object>> list(String user, String service, String path) {
        return (List) as(user).queryParam("limit", 500).get(PackagedServices.url(service) + path)
                .then().statusCode(200).extract().jsonPath().getList("$", Map.class);
    }

    /** Made the first time it is asked for; a record that could not be made fails every later ask at once. */
    @SuppressWarnings("unchecked")
    private <T> T once(String name, Supplier<T> making) {
        Object value = made.get(name);
        if (value == null) {
            try {
                value = making.get();
            } catch (RuntimeException e) {
                value = e;
            }
            made.put(name, value);
        }
        if (value instanceof RuntimeException failure) {
            throw new IllegalStateException("could not make " + name + ": " + failure.getMessage(), failure);
        }
        return (T) value;
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(TestTokens.of(user));
    }
}
