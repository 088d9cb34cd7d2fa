package al.childprotection.shelter.repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The where-clause of a list, condition by condition, each left out when its value is null; and the keyset
 * condition that starts a page after the last row shown, in a stable order of a time (or a name) then an id.
 */
final class Conditions {

    private final List<String> where = new ArrayList<>();
    private final Map<String, Object> values = new HashMap<>();

    Conditions add(Object value, String clause, String name) {
        if (value != null) {
            where.add(clause);
            values.put(name, value);
        }
        return this;
    }

    Conditions always(String clause) {
        where.add(clause);
        return this;
    }

    Conditions range(String field, Instant from, Instant before) {
        return add(from, field + " >= :" + field + "From", field + "From")
                .add(before, field + " < :" + field + "Before", field + "Before");
    }

    /** Rows after ({@code ascending}) or before the last row shown, whose keys were {@code key} then {@code id}. */
    Conditions after(String keyField, String idField, Object key, Object id, boolean ascending) {
        if (key != null) {
            String beyond = ascending ? ">" : "<";
            where.add("(" + keyField + " " + beyond + " :afterKey or (" + keyField + " = :afterKey and " + idField
                    + " " + beyond + " :afterId))");
            values.put("afterKey", key);
            values.put("afterId", id);
        }
        return this;
    }

    String query() {
        return where.isEmpty() ? "1 = 1" : String.join(" and ", where);
    }

    Map<String, Object> values() {
        return values;
    }
}
