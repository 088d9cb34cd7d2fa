package al.childprotection.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.inject.Inject;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import al.childprotection.contracts.StaffRole;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The demo realm and the directory's seed stay in step (decision 19): every member the migrations seeded signs in
 * as a realm user with the member's role, CPU, municipality, shelter and e-mail; every realm user who takes work is a
 * member; every seeded police station has a team that signs in for it. Entries added through the API by other tests
 * are not the seed, and are left out.
 */
@QuarkusTest
class RealmDirectoryTests {

    private static final Path REALM = Path.of("../deploy/keycloak/child-protection-realm.json");
    private static final Set<String> STAFF_ROLES = java.util.Arrays.stream(StaffRole.values())
            .map(StaffRole::realmRole).collect(Collectors.toSet());

    /** A seeded member, with their CPU's municipality. */
    record Member(String username, StaffRole role, String cpuCode, String municipality, String shelterCode,
            String email, boolean active) {
    }

    @Inject
    AgroalDataSource database;

    private Map<String, JsonNode> realmUsers;
    private Map<String, Member> members;

    @BeforeEach
    void read() throws IOException, SQLException {
        JsonNode realm = new ObjectMapper().readTree(Files.readString(REALM));
        realmUsers = StreamSupport.stream(realm.path("users").spliterator(), false)
                .collect(Collectors.toMap(user -> user.path("username").asText(), user -> user));
        members = seededMembers();
    }

    @Test
    void everyActiveMemberOfTheSeedSignsInWithTheirRoleCpuMunicipalityShelterAndEmail() {
        List<Member> active = members.values().stream().filter(Member::active).toList();
        assertThat(active).hasSizeGreaterThanOrEqualTo(65);
        SoftAssertions softly = new SoftAssertions();
        for (Member member : active) {
            JsonNode user = realmUsers.get(member.username());
            softly.assertThat(user).as("realm user %s", member.username()).isNotNull();
            if (user == null) {
                continue;
            }
            softly.assertThat(roles(user)).as("realm roles of %s", member.username())
                    .contains(member.role().realmRole());
            softly.assertThat(attribute(user, "cpu")).as("cpu of %s", member.username()).isEqualTo(member.cpuCode());
            softly.assertThat(attribute(user, "shelter")).as("shelter of %s", member.username())
                    .isEqualTo(member.shelterCode());
            if (member.cpuCode() != null) {
                softly.assertThat(attribute(user, "municipality")).as("municipality of %s", member.username())
                        .isEqualTo(member.municipality());
            }
            softly.assertThat(user.path("email").asText(null)).as("email of %s", member.username())
                    .isEqualTo(member.email());
        }
        softly.assertAll();
    }

    @Test
    void everyRealmUserWhoTakesWorkIsAMemberWithTheSameRole() {
        SoftAssertions softly = new SoftAssertions();
        realmUsers.forEach((username, user) -> roles(user).stream().filter(STAFF_ROLES::contains).forEach(role -> {
            Member member = members.get(username);
            softly.assertThat(member).as("directory member %s (realm role %s)", username, role).isNotNull();
            if (member != null) {
                softly.assertThat(member.role().realmRole()).as("role of %s", username).isEqualTo(role);
            }
        }));
        softly.assertAll();
    }

    @Test
    void everyActivePoliceStationOfTheSeedHasATeamThatSignsInForIt() throws SQLException {
        List<String> stations = codes("select code from police_station where active and code not in"
                + " (select code from directory_edit where entity = 'POLICE_STATION' and action = 'CREATED')");
        assertThat(stations).contains("PS-TIRANE", "PS-KAMEZ", "PS-DURRES");
        Set<String> signedIn = realmUsers.values().stream()
                .filter(user -> roles(user).contains("police-psychosocial"))
                .map(user -> attribute(user, "police_station"))
                .collect(Collectors.toSet());
        assertThat(signedIn).containsAll(stations);
    }

    /** The members the migrations seeded: none of them was created through the API. */
    private Map<String, Member> seededMembers() throws SQLException {
        Map<String, Member> seeded = new HashMap<>();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select m.username, m.role, m.cpu_code, u.municipality,"
                        + " m.shelter_code, m.email, m.active from directory_member m"
                        + " left join child_protection_unit u on u.code = m.cpu_code"
                        + " where m.username not in (select code from directory_edit"
                        + " where entity in ('MEMBER', 'CPU_MEMBER') and action = 'CREATED')")) {
            while (rows.next()) {
                Member member = new Member(rows.getString(1), StaffRole.valueOf(rows.getString(2)), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getString(6), rows.getBoolean(7));
                seeded.put(member.username(), member);
            }
        }
        return seeded;
    }

    private List<String> codes(String query) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }

    private static List<String> roles(JsonNode user) {
        return StreamSupport.stream(user.path("realmRoles").spliterator(), false).map(JsonNode::asText).toList();
    }

    /** The attribute's single value, null when the user has none. */
    private static String attribute(JsonNode user, String name) {
        JsonNode values = user.path("attributes").path(name);
        assertThat(values.size()).as("%s of %s has one value at most", name, user.path("username").asText())
                .isLessThanOrEqualTo(1);
        return values.isEmpty() ? null : values.get(0).asText();
    }
}
