package al.childprotection.intake.service;

import java.util.List;
import java.util.stream.Collectors;

import al.childprotection.kit.problem.Problem.FieldError;

/** A well-formed intake the rules refuse; unlike the kit's exception it names every offending field at once. */
public class UnacceptableIntakeException extends RuntimeException {

    private final List<FieldError> errors;

    public UnacceptableIntakeException(List<FieldError> errors) {
        super("unacceptable fields: "
                + errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", ")));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
