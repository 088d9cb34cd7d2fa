package al.childprotection.e2e;

import static io.restassured.RestAssured.given;

import al.childprotection.testsupport.TestTokens;
import io.restassured.specification.RequestSpecification;

/**
 * Real tokens of the realm for whoever a fixture names: a demo user (password grant), or a ministry system, a
 * confidential client named {@code ministry-...} (client-credentials grant, as the ministry's system gets it).
 */
final class Tokens {

    private Tokens() {
    }

    static String of(String who) {
        return isSystem(who) ? TestTokens.ofClient(who) : TestTokens.of(who);
    }

    static RequestSpecification as(String who) {
        return given().auth().oauth2(of(who));
    }

    static boolean isSystem(String who) {
        return who.startsWith("ministry-");
    }
}
