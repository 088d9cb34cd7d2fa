package al.childprotection.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** A whole list, read as a client would: page after page, following {@code Link: <...>; rel="next"}. */
public final class LinkedPages {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"next\"");

    private LinkedPages() {
    }

    /**
     * Every row of the list at {@code path} (relative or absolute), each page asked with a fresh {@code as()}.
     * The address of a next page is used as the server wrote it: it is already encoded.
     */
    public static List<Map<String, Object>> all(Supplier<RequestSpecification> as, String path) {
        List<Map<String, Object>> rows = new ArrayList<>();
        String next = path;
        while (next != null) {
            Response page = page(as.get(), next);
            rows.addAll(page.jsonPath().getList("$"));
            next = next(page);
        }
        return rows;
    }

    /** One page of a list, asked as {@code as}; its address is sent as it is, never encoded a second time. */
    public static Response page(RequestSpecification as, String address) {
        return as.urlEncodingEnabled(false).when().get(address).then().statusCode(200).extract().response();
    }

    /** The address of the page after {@code page}, or null on the last one. */
    public static String next(Response page) {
        String link = page.header("Link");
        if (link == null) {
            return null;
        }
        Matcher matcher = NEXT.matcher(link);
        return matcher.find() ? matcher.group(1) : null;
    }
}
