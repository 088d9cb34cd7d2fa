package al.childprotection.kit.paging;

import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.RestResponse;

import al.childprotection.kit.problem.RequestRejectedException;

/**
 * Every list answers one page: a JSON array, and an RFC 8288 {@code Link: <...>; rel="next"} header while more
 * rows follow. A repository reads {@link #fetchSize(int)} rows (one more than the page) after the cursor, in the
 * list's stated order; the extra row only tells that there is a next page.
 */
public final class Pages {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    private Pages() {
    }

    /** The page size asked for: {@code null} is the default; outside 1..500 is a 400 naming {@code limit}. */
    public static int limit(Integer asked) {
        if (asked == null) {
            return DEFAULT_LIMIT;
        }
        if (asked < 1 || asked > MAX_LIMIT) {
            throw RequestRejectedException.invalid("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return asked;
    }

    /** How many rows a repository reads for a page of {@code limit}. */
    public static int fetchSize(int limit) {
        return limit + 1;
    }

    /** The rows of the page itself, without the extra row read with {@link #fetchSize} (what is shown, and audited). */
    public static <R> List<R> shown(List<R> rows, int limit) {
        return rows.size() > limit ? rows.subList(0, limit) : rows;
    }

    /**
     * The page of {@code rows} (read with {@link #fetchSize}), mapped to views, with the next page's link when the
     * extra row came back. {@code cursorOf} gives the sort keys of a row.
     */
    public static <R, V> RestResponse<List<V>> of(List<R> rows, int limit, Function<R, PageCursor> cursorOf,
            Function<R, V> view, UriInfo uri) {
        List<R> page = shown(rows, limit);
        RestResponse.ResponseBuilder<List<V>> response = RestResponse.ResponseBuilder
                .ok(page.stream().map(view).toList());
        if (rows.size() > limit) {
            response.header("Link", nextLink(uri, PageCursor.PARAMETER,
                    cursorOf.apply(page.get(page.size() - 1)).write(), limit));
        }
        return response.build();
    }

    /** The RFC 8288 {@code Link} value of the next page: this request with {@code parameter=cursor} and its limit. */
    public static String nextLink(UriInfo uri, String parameter, String cursor, int limit) {
        String next = uri.getRequestUriBuilder()
                .replaceQueryParam(parameter, cursor)
                .replaceQueryParam("limit", limit)
                .build().toString();
        return "<" + next + ">; rel=\"next\"";
    }
}
