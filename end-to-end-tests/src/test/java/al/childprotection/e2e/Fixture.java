package al.childprotection.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How to call one operation in the access matrix: who may (and gets 2xx), with which path parameters, query and
 * body, and who holds the right role but works elsewhere (403 for the record, or the record absent from the list).
 * Values are functions of the {@link SeededRecords}, resolved once per operation. See {@link AccessFixtures}.
 */
final class Fixture {

    /** What a caller of the right role in another municipality, station or shelter gets. */
    enum Outcome { REFUSED, NOT_LISTED }

    record ScopeCheck(Function<SeededRecords, String> user, Outcome outcome) {
    }

    /** A fixture with every value worked out, ready to send. */
    record Resolved(String user, Map<String, String> path, Map<String, String> query, String body,
            String listedField, String listedValue, List<Map.Entry<String, Outcome>> outsiders,
            String unscopedBecause, boolean stream) {
    }

    private final Function<SeededRecords, String> user;
    private final Map<String, Function<SeededRecords, String>> path = new LinkedHashMap<>();
    private final Map<String, Function<SeededRecords, String>> query = new LinkedHashMap<>();
    private Function<SeededRecords, String> body;
    private String listedField;
    private Function<SeededRecords, String> listedValue;
    private final List<ScopeCheck> outsiders = new ArrayList<>();
    private String unscopedBecause;
    private boolean stream;

    private Fixture(Function<SeededRecords, String> user) {
        this.user = user;
    }

    /** The demo user who may call the operation; the call must answer 2xx. */
    static Fixture as(String user) {
        return new Fixture(records -> user);
    }

    static Fixture as(Function<SeededRecords, String> user) {
        return new Fixture(user);
    }

    Fixture path(String name, Function<SeededRecords, String> value) {
        path.put(name, value);
        return this;
    }

    Fixture path(String name, String value) {
        return path(name, records -> value);
    }

    Fixture query(String name, Function<SeededRecords, String> value) {
        query.put(name, value);
        return this;
    }

    Fixture query(String name, String value) {
        return query(name, records -> value);
    }

    /** The answer is a stream of server-sent events: for the right user only its status is read. */
    Fixture streams() {
        stream = true;
        return this;
    }

    /** The JSON body of every call (the refused ones too, so that a refusal is never a 400 in disguise). */
    Fixture body(Function<SeededRecords, String> json) {
        body = json;
        return this;
    }

    Fixture body(String json) {
        return body(records -> json);
    }

    /** The answer is a list whose elements' {@code field} includes {@code value} for the right user. */
    Fixture lists(String field, Function<SeededRecords, String> value) {
        listedField = field;
        listedValue = value;
        return this;
    }

    Fixture lists(String field, String value) {
        return lists(field, records -> value);
    }

    /** These users hold a right role but work elsewhere: 403 for this record. */
    Fixture refusedTo(String... users) {
        for (String other : users) {
            outsiders.add(new ScopeCheck(records -> other, Outcome.REFUSED));
        }
        return this;
    }

    Fixture refusedTo(Function<SeededRecords, String> other) {
        outsiders.add(new ScopeCheck(other, Outcome.REFUSED));
        return this;
    }

    /** These users hold a right role but work elsewhere: 2xx, and the listed value is not in their list. */
    Fixture notListedFor(String... users) {
        for (String other : users) {
            outsiders.add(new ScopeCheck(records -> other, Outcome.NOT_LISTED));
        }
        return this;
    }

    Fixture notListedFor(Function<SeededRecords, String> other) {
        outsiders.add(new ScopeCheck(other, Outcome.NOT_LISTED));
        return this;
    }

    /** The operation has no municipality, station or shelter scope, and why. */
    Fixture unscoped(String because) {
        unscopedBecause = because;
        return this;
    }

    /** What is wrong with the fixture itself, or null. */
    String defect() {
        if (outsiders.isEmpty() && unscopedBecause == null) {
            return "names no one of the right role elsewhere (refusedTo / notListedFor) and is not unscoped(\"why\")";
        }
        if (outsiders.stream().anyMatch(check -> check.outcome() == Outcome.NOT_LISTED) && listedField == null) {
            return "has notListedFor(...) but no lists(field, value) to look for";
        }
        return null;
    }

    Resolved resolve(SeededRecords records) {
        Map<String, String> values = new LinkedHashMap<>();
        path.forEach((name, value) -> values.put(name, value.apply(records)));
        Map<String, String> parameters = new LinkedHashMap<>();
        query.forEach((name, value) -> parameters.put(name, value.apply(records)));
        return new Resolved(user.apply(records), values, parameters, body == null ? null : body.apply(records),
                listedField, listedValue == null ? null : listedValue.apply(records),
                outsiders.stream().map(check -> Map.entry(check.user().apply(records), check.outcome())).toList(),
                unscopedBecause, stream);
    }
}
