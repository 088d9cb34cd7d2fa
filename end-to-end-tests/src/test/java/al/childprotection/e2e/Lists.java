package al.childprotection.e2e;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;

import al.childprotection.testsupport.LinkedPages;
import al.childprotection.testsupport.TestTokens;
import io.restassured.response.Response;

/** Reads a list as its user would, with a real token: page after page, following the {@code Link} header. */
final class Lists {

    private Lists() {
    }

    /** Every row of the list at {@code url}, as {@code user} pages through it. */
    static List<Map<String, Object>> all(String user, String url) {
        return LinkedPages.all(() -> given().auth().oauth2(TestTokens.of(user)), url);
    }

    static Response page(String user, String url) {
        return LinkedPages.page(given().auth().oauth2(TestTokens.of(user)), url);
    }

    /** The next page's address, or null on the last page. */
    static String next(Response page) {
        return LinkedPages.next(page);
    }
}
