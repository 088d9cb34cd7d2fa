package al.childprotection.shelter;

import static al.childprotection.shelter.Placements.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Every list answers a page: a JSON array, and a {@code Link: <...>; rel="next"} header while more follow. Paging
 * through with the links meets each row once, in the list's stated order, while new rows arrive.
 */
@QuarkusTest
class ListPagingTests {

    @Inject
    Pool database;

    @Test
    void pagingThroughPlacementRequestsMeetsEachOnceNewestFirstWhileNewOnesArrive() {
        Instant from = Instant.now();
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(Placements.aChildAloneRequested());
        }

        List<String> seen = new ArrayList<>();
        String next = "/placement-requests?requestedFrom=" + from + "&limit=2";
        int pages = 0;
        while (next != null) {
            Response page = as("cpu.tirana.worker1").urlEncodingEnabled(false).get(next).then().statusCode(200).extract().response();
            seen.addAll(page.jsonPath().getList("id"));
            next = nextLink(page);
            pages++;
            if (pages == 1) {
                // one made while the list is paged through is newer than the cursor: not on a later page
                Placements.aChildAloneRequested();
            }
        }

        // requests from other services' events may arrive meanwhile: each row once, these in order
        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates();
        assertThat(seen.stream().filter(made::contains).toList()).containsExactlyElementsOf(newestFirst(made));
    }

    @Test
    void pagingThroughStaysMeetsEachOnceNewestFirstWithinTheFilters() {
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            made.add(aDischargedStayAdmittedIn2001(i).toString());
        }

        List<String> seen = new ArrayList<>();
        String next = "/placements?status=DISCHARGED&admittedFrom=2001-01-01T00:00:00Z"
                + "&admittedBefore=2002-01-01T00:00:00Z&limit=2";
        int pages = 0;
        while (next != null) {
            Response page = as("sarpc.analyst").urlEncodingEnabled(false).get(next).then().statusCode(200).extract().response();
            seen.addAll(page.jsonPath().getList("id"));
            next = nextLink(page);
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(newestFirst(made));
        as("sarpc.analyst").get("/placements?status=IN_SHELTER&admittedFrom=2001-01-01T00:00:00Z"
                + "&admittedBefore=2002-01-01T00:00:00Z").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void pagingThroughSheltersMeetsEachOnceByName() {
        List<String> all = as("sarpc.analyst").get("/shelters?limit=500").then().statusCode(200)
                .extract().jsonPath().getList("name");
        assertThat(all).isSortedAccordingTo(String::compareTo).hasSizeGreaterThanOrEqualTo(4);

        List<String> seen = new ArrayList<>();
        String next = "/shelters?limit=1";
        while (next != null) {
            Response page = as("sarpc.analyst").urlEncodingEnabled(false).get(next).then().statusCode(200).extract().response();
            seen.addAll(page.jsonPath().getList("name"));
            next = nextLink(page);
        }
        assertThat(seen).isEqualTo(all);
    }

    @Test
    void aBadLimitCursorOrDateIsABadRequestNamingIt() {
        for (String list : List.of("/shelters", "/placement-requests", "/placements")) {
            for (String limit : List.of("0", "501", "-1")) {
                as("sarpc.analyst").get(list + "?limit=" + limit).then().statusCode(400)
                        .contentType("application/problem+json").body("errors.field", equalTo(List.of("limit")));
            }
            as("sarpc.analyst").get(list + "?cursor=not-a-cursor").then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", equalTo(List.of("cursor")));
        }
        as("sarpc.analyst").get("/placement-requests?requestedFrom=yesterday").then().statusCode(400)
                .body("errors.field", equalTo(List.of("requestedFrom")));
        as("sarpc.analyst").get("/placements?admittedBefore=soon").then().statusCode(400)
                .body("errors.field", equalTo(List.of("admittedBefore")));
        as("sarpc.analyst").get("/placements?status=GONE").then().statusCode(400)
                .body("errors.field", equalTo(List.of("status")));
        as("sarpc.analyst").get("/shelters?active=maybe").then().statusCode(400)
                .body("errors.field", equalTo(List.of("active")));
        as("sarpc.analyst").get("/shelters?municipality=Atlantis").then().statusCode(400)
                .body("errors.field", equalTo(List.of("municipality")));
    }

    @Test
    void aCpuListsOnlyItsOwnMunicipality() {
        as("cpu.tirana.worker1").get("/placement-requests?municipality=Durrës").then().statusCode(403)
                .contentType("application/problem+json");
        as("cpu.tirana.worker1").get("/placements?municipality=Durrës").then().statusCode(403);
        as("cpu.tirana.worker1").get("/placement-requests?municipality=Tiranë").then().statusCode(200);
    }

    private static List<String> newestFirst(List<String> oldestFirst) {
        List<String> reversed = new ArrayList<>(oldestFirst);
        Collections.reverse(reversed);
        return reversed;
    }

    private static String nextLink(Response page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        assertThat(link).endsWith(">; rel=\"next\"");
        String uri = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        return uri.substring(uri.indexOf("/", uri.indexOf("//") + 2));
    }

    /** A stay admitted in 2001 (test data, at a shelter of the tests' own), discharged since. */
    private UUID aDischargedStayAdmittedIn2001(int day) {
        database.query("insert into shelter (code, accepts, beds_total, beds_occupied, pass_on_order)"
                + " values ('test-paging', 'children up to 18', 100, 0, 998) on conflict do nothing")
                .execute().await().indefinitely();
        database.query("insert into shelter_room (shelter_code, room, kind, beds)"
                + " values ('test-paging', 'C1', 'CHILD_ALONE', 100) on conflict do nothing")
                .execute().await().indefinitely();
        UUID requestId = UUID.randomUUID();
        UUID placementId = UUID.randomUUID();
        Instant admitted = Instant.parse("2001-03-01T10:00:00Z").plusSeconds(86_400L * day);
        database.preparedQuery("insert into placement_request (id, origin, status, kind, children, shelter_code,"
                + " municipality, cpu_code, requested_by, requested_at, updated_at) values ($1, 'CPU_WORKER',"
                + " 'ADMITTED', 'CHILD_ALONE', 1, 'test-paging', 'Pustec', 'cpu-pustec', 'cpu.pustec.worker',"
                + " $2, $2)").execute(Tuple.of(requestId, admitted.atOffset(java.time.ZoneOffset.UTC)))
                .await().indefinitely();
        database.preparedQuery("insert into placement (id, request_id, shelter_code, room_id, room, kind, beds,"
                + " children, municipality, cpu_code, status, admitted_by, admitted_at, stay_ends_at, discharged_by,"
                + " discharged_at, destination) select $1, $2, 'test-paging', r.id, 'C1', 'CHILD_ALONE', 1, 1,"
                + " 'Pustec', 'cpu-pustec', 'DISCHARGED', 'staff.pustec', $3, $3 + interval '72 hours',"
                + " 'staff.pustec', $3 + interval '24 hours', 'FAMILY_REUNIFICATION' from shelter_room r"
                + " where r.shelter_code = 'test-paging'")
                .execute(Tuple.of(placementId, requestId, admitted.atOffset(java.time.ZoneOffset.UTC)))
                .await().indefinitely();
        return placementId;
    }
}
