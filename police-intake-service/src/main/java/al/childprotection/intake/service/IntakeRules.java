package al.childprotection.intake.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import al.childprotection.intake.rest.IntakeRequest;
import al.childprotection.kit.problem.Problem.FieldError;

/**
 * What makes a well-formed intake unacceptable (422): an impossible date, an adult, an over-long text. Bean
 * Validation on the request keeps only presence and format (400); everything about values is decided here, so the
 * team gets every offending field in one answer.
 */
public final class IntakeRules {

    /** Dates are judged as the station's calendar shows them. */
    public static final ZoneId ALBANIA = ZoneId.of("Europe/Tirane");
    public static final int ADULT_AGE = 18;
    public static final int NAME_MAX = 100;
    public static final int TEXT_MAX = 4000;
    /** A phone whose clock runs a little fast must not lose the intake of a child who is with the team now. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private IntakeRules() {
    }

    public static List<FieldError> check(IntakeRequest request, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        IntakeRequest.Child child = request.child();
        LocalDate today = LocalDate.ofInstant(now, ALBANIA);
        LocalDate contactDay = LocalDate.ofInstant(request.contactAt(), ALBANIA);

        if (request.contactAt().isAfter(now.plus(CLOCK_SKEW))) {
            errors.add(new FieldError("contactAt", "is in the future"));
        }
        LocalDate born = child.dateOfBirth();
        if (born != null) {
            if (born.isAfter(today)) {
                errors.add(new FieldError("child.dateOfBirth", "is in the future"));
            } else if (born.isAfter(contactDay)) {
                errors.add(new FieldError("child.dateOfBirth", "is after the contact time"));
            } else if (Period.between(born, contactDay).getYears() >= ADULT_AGE) {
                errors.add(new FieldError("child.dateOfBirth", "the person was " + ADULT_AGE
                        + " or older at the contact; the platform is for children"));
            }
        }
        Integer estimatedAge = child.estimatedAge();
        if (estimatedAge != null && (estimatedAge < 0 || estimatedAge >= ADULT_AGE)) {
            errors.add(new FieldError("child.estimatedAge", "must be between 0 and " + (ADULT_AGE - 1)));
        }
        limit(errors, "child.givenName", child.givenName(), NAME_MAX);
        limit(errors, "child.familyName", child.familyName(), NAME_MAX);
        limit(errors, "child.nationality", child.nationality(), 60);
        limit(errors, "child.residenceMunicipality", child.residenceMunicipality(), 80);
        limit(errors, "child.residenceUnit", child.residenceUnit(), 80);
        limit(errors, "psychosocialSupport", request.psychosocialSupport(), TEXT_MAX);
        limit(errors, "urgentNeeds", request.urgentNeeds(), TEXT_MAX);
        return errors;
    }

    /** Counted in characters as the team typed them (ë and ç are one each). */
    private static void limit(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            errors.add(new FieldError(field, "is longer than " + max + " characters"));
        }
    }
}
