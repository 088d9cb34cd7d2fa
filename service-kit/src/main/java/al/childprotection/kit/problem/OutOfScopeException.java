package al.childprotection.kit.problem;

/**
 * A record the caller asked for lies outside their scope (403). It names the record ({@code "case <id>"}) and,
 * where the refusing code knew it, the municipality that holds the record: the audit trail records the attempt
 * for that municipality's supervisor and for SARPC.
 */
public class OutOfScopeException extends RequestRejectedException {

    private final String record;
    private final String municipality;

    OutOfScopeException(String field, String record, String municipality) {
        super(403, "Forbidden", field, record + " is outside your scope");
        this.record = record;
        this.municipality = municipality;
    }

    /** What was asked for, as the refusing code named it: a type and an id ({@code "child match <id>"}). */
    public String record() {
        return record;
    }

    /** The municipality that holds the record; null when the refusing code did not know it. */
    public String municipality() {
        return municipality;
    }
}
